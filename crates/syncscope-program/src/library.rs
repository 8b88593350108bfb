//! Go's standard library as the program form has it: the functions of `strings`, `strconv`,
//! `math`, `slices`, `sort`, `unicode/utf8` and `errors` that compute a value from their
//! arguments (`Expr::Lib`), the calls that change a slice variable in place
//! (`StmtKind::InPlace`), and the `log` package's and `fmt.Fprint`'s writes on the program's
//! two streams (`StmtKind::Log`, `StmtKind::Fprint`).

use super::{Expr, PrintKind};
use std::sync::Arc;

/// The parts of a `time.Time` its methods read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimePart {
    Unix,
    UnixMilli,
    UnixMicro,
    UnixNano,
    Year,
    Day,
    Hour,
    Minute,
    Second,
    Nanosecond,
    YearDay,
    /// `t.Month()` and `t.Weekday()`: January is 1, Sunday 0.
    Month,
    Weekday,
}

/// `runtime.MemStats`'s fields, in the order its struct holds them (Go's but `BySize`), with
/// their types.
pub const MEM_STATS_FIELDS: &[(&str, &str)] = &[
    ("Alloc", "uint64"),
    ("TotalAlloc", "uint64"),
    ("Sys", "uint64"),
    ("Lookups", "uint64"),
    ("Mallocs", "uint64"),
    ("Frees", "uint64"),
    ("HeapAlloc", "uint64"),
    ("HeapSys", "uint64"),
    ("HeapIdle", "uint64"),
    ("HeapInuse", "uint64"),
    ("HeapReleased", "uint64"),
    ("HeapObjects", "uint64"),
    ("StackInuse", "uint64"),
    ("StackSys", "uint64"),
    ("MSpanInuse", "uint64"),
    ("MSpanSys", "uint64"),
    ("MCacheInuse", "uint64"),
    ("MCacheSys", "uint64"),
    ("BuckHashSys", "uint64"),
    ("GCSys", "uint64"),
    ("OtherSys", "uint64"),
    ("NextGC", "uint64"),
    ("LastGC", "uint64"),
    ("PauseTotalNs", "uint64"),
    ("PauseNs", "[256]uint64"),
    ("PauseEnd", "[256]uint64"),
    ("NumGC", "uint32"),
    ("NumForcedGC", "uint32"),
    ("GCCPUFraction", "float64"),
    ("EnableGC", "bool"),
    ("DebugGC", "bool"),
];

/// A function of `container/heap`, on a `heap.Interface` value (the first argument).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeapOp {
    Init,
    /// `heap.Push(h, x)`, `x` in an `any`.
    Push,
    Pop,
    /// `heap.Fix(h, i)` and `heap.Remove(h, i)`, with the index.
    Fix,
    Remove,
}

/// What is done to a `sync.Map`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncMapOp {
    New,
    Load,
    Store,
    LoadOrStore,
    LoadAndDelete,
    Delete,
    Swap,
    CompareAndSwap,
    CompareAndDelete,
    Range,
    Clear,
}

/// A draw of `math/rand` beyond `Intn`, `Int` and `Float64`: Go seeds these at random
/// since 1.20, so only their ranges and panics are Go's to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandDraw {
    Int63,
    Int63n,
    Int31,
    Int31n,
    Uint32,
    NormFloat64,
    ExpFloat64,
}

/// The digests of `crypto/md5` and `crypto/sha256`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digest {
    Md5,
    Sha256,
}

impl Digest {
    /// The package's `Size`: the bytes of a sum.
    pub fn size(self) -> i64 {
        match self {
            Digest::Md5 => 16,
            Digest::Sha256 => 32,
        }
    }

    /// The package's name, as a file calls it.
    pub fn package(self) -> &'static str {
        match self {
            Digest::Md5 => "md5",
            Digest::Sha256 => "sha256",
        }
    }
}

/// A library function that gives a value; its arguments are `Expr::Lib`'s, in Go's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lib {
    /// `os.Getenv`, `os.LookupEnv`, `os.Setenv`, `os.Unsetenv`, `os.Environ`, on the run's
    /// environment.
    Getenv,
    LookupEnv,
    Setenv,
    Unsetenv,
    Environ,
    /// A file of the run's memory, `io`'s reads of one, or a `bufio.Scanner` on one.
    File(crate::files::FileOp),
    /// `h.Write(p)` of `hash/fnv`'s `New32` (FNV-1) and `New32a` (FNV-1a): the hash so far
    /// and the bytes, the hash after them.
    Fnv32Write,
    Fnv32aWrite,
    /// `math/rand/v2`: `rand.NewPCG(seed1, seed2)` (and `rand.New` of it, the same
    /// generator); `IntN`, `N`, `Float64`, `Int` and `Perm`, of the generator given first,
    /// or of the run's own random source without one.
    RandNewPcg,
    /// A range over a function whose `yield` was called after the loop's body gave `false`:
    /// Go's runtime error.
    RangeContinued,
    /// `path/filepath`'s functions of Unix paths (`Join` of the slice its arguments make).
    FilepathClean,
    FilepathJoin,
    FilepathDir,
    FilepathBase,
    FilepathExt,
    FilepathIsAbs,
    FilepathSplit,
    FilepathRel,
    /// `encoding/base64`: an encoding's number and the bytes, or the text to decode.
    Base64Encode,
    Base64Decode,
    /// `encoding/hex`: `EncodeToString(b)`, `DecodeString(s)` with its error, and the
    /// lengths `EncodedLen(n)` and `DecodedLen(n)`.
    HexEncode,
    HexDecode,
    HexEncodedLen,
    HexDecodedLen,
    /// `crypto/sha256`'s and `crypto/md5`'s hashes: a hash's bytes so far and the bytes
    /// written; `h.Sum(b)` of its bytes and `b`; `sha256.Sum256(b)`, `md5.Sum(b)`.
    HashWrite,
    HashSum(Digest),
    DigestOf(Digest),
    /// `encoding/json`'s functions.
    Json(crate::json::JsonOp),
    /// `encoding/xml`'s functions.
    Xml(crate::xml::XmlOp),
    /// `text/template`'s functions and a `*template.Template`'s methods.
    Template(crate::template::TmplOp),
    RandIntN,
    /// A `sync.Map`'s making (its race-detector variable the operand) and methods, the map
    /// the first operand.
    SyncMap(SyncMapOp),
    /// `math/rand`'s other top-level draws, on the run's random source.
    RandDraw(RandDraw),
    RandN,
    RandFloat64,
    RandInt,
    RandPerm,
    /// `Shuffle(n, swap)` of `math/rand`, of `math/rand/v2` or of a seeded generator given
    /// first: the program's `swap` called as Go's Fisher-Yates calls it.
    RandShuffle,
    SplitN,
    /// `strings.Cut`, `CutPrefix` and `CutSuffix`: the parts and whether `sep` was there.
    Cut,
    CutPrefix,
    CutSuffix,
    SplitAfter,
    ToTitle,
    IndexByte,
    LastIndexByte,
    IndexRune,
    IndexAny,
    LastIndexAny,
    Title,
    Join,
    Split,
    Fields,
    Contains,
    ContainsRune,
    ContainsAny,
    HasPrefix,
    HasSuffix,
    Index,
    LastIndex,
    Repeat,
    Replace,
    ReplaceAll,
    ToUpper,
    ToLower,
    TrimSpace,
    Trim,
    TrimLeft,
    TrimRight,
    TrimPrefix,
    TrimSuffix,
    Count,
    EqualFold,
    Compare,
    Itoa,
    /// `strconv.Atoi`: the number and the error, as a function of two results gives them.
    Atoi,
    FormatInt,
    /// `strconv.FormatFloat(x, fmt, prec, bitSize)`, `fmt` as a rune's code.
    FormatFloat,
    Quote,
    /// `strconv.QuoteToASCII`, `QuoteRune` and `QuoteRuneToASCII`.
    QuoteToAscii,
    QuoteRune,
    QuoteRuneToAscii,
    /// `sort.SearchInts` and `sort.SearchStrings`: the first index whose element is not
    /// less than the value, by binary search as Go's.
    SearchSorted,
    FormatBool,
    ParseBool,
    ParseInt,
    /// `strconv.ParseUint(s, base, bits)` and `FormatUint(u, base)`, of a `uint64` up to
    /// `math.MaxInt64` (what the run holds).
    ParseUint,
    FormatUint,
    ParseFloat,
    Sqrt,
    Pow,
    /// `math.Sin`, `Cos`, `Tan`, `Asin`, `Acos`, `Atan` and `Atan2(y, x)` by Go's own
    /// algorithms.
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    /// `math.Log`, `Log10` and `Log2`, as Go's assembly computes them on amd64.
    Log,
    Log10,
    Log2,
    /// `math.Cbrt` and `math.Hypot`, by Go's code and its amd64 assembly.
    Cbrt,
    Hypot,
    Abs,
    Floor,
    Ceil,
    Trunc,
    Round,
    RoundToEven,
    Max,
    Min,
    Mod,
    Inf,
    NaN,
    IsNaN,
    IsInf,
    Signbit,
    Copysign,
    /// `slices.Contains`, `slices.Index`, `slices.Max`, `slices.Min`, `slices.Equal`.
    SlicesContains,
    SlicesIndex,
    SlicesMax,
    SlicesMin,
    SlicesEqual,
    /// `maps.Clone(m)` into the empty map given second (nil stays nil), `maps.Equal(a, b)`,
    /// `maps.Copy(dst, src)` and `maps.DeleteFunc(m, del)`.
    MapsClone,
    MapsEqual,
    MapsCopy,
    MapsDeleteFunc,
    /// `slices.Collect(maps.Keys(m))` (second argument `false`) or `slices.Sorted(...)`
    /// (`true`): a new slice of the keys; `MapValues` of the values.
    MapKeys,
    MapValues,
    /// `slices.IndexFunc(s, f)`, `slices.ContainsFunc(s, f)`, and `slices.BinarySearch(s, x)`
    /// (its index and whether `x` is there).
    SlicesIndexFunc,
    SlicesContainsFunc,
    BinarySearch,
    /// `strings` functions that ask the program's function of each rune (`IndexFunc`,
    /// `ContainsFunc`, `TrimFunc` and its sides, `FieldsFunc`) or map each (`Map`).
    StrIndexFunc,
    StrContainsFunc,
    StrTrimFunc,
    StrTrimLeftFunc,
    StrTrimRightFunc,
    StrFieldsFunc,
    StrMap,
    /// `sort.IntsAreSorted` and its kin, `slices.IsSorted`.
    IsSorted,
    /// `sort.Sort`, `sort.Stable` and `sort.IsSorted` of a `sort.Interface` value: its
    /// `Len`, `Less` and `Swap` called as Go's sorts call them.
    SortInterface,
    StableInterface,
    /// `container/heap`'s functions: the value's `Len`, `Less`, `Swap`, `Push` and `Pop`
    /// called as Go's heap calls them.
    Heap(HeapOp),
    IsSortedInterface,
    RuneCount,
    /// `utf8.DecodeRuneInString(s)`: the first rune and its length in bytes.
    DecodeRune,
    /// `utf8.RuneLen(r)`: its length in UTF-8, -1 for no valid rune.
    RuneLen,
    /// A `time.Time`'s part (`t.Unix()`, `t.Hour()`): its one argument is the time.
    Time(TimePart),
    /// `t.Format(layout)`.
    TimeFormat,
    /// `time.Date(year, month, day, hour, min, sec, nsec, local)`, out-of-range parts carried
    /// as Go carries them; `local` is whether the location is `time.Local`.
    TimeDate,
    /// `time.Unix(sec, nsec)`, `UnixMilli(ms)` and `UnixMicro(us)`: the time `a * unit + b`
    /// nanoseconds after 1970 began, its arguments `a`, `b` and `unit`.
    TimeUnix,
    /// `t.AddDate(years, months, days)`.
    TimeAddDate,
    /// `t.Truncate(d)` and `t.Round(d)`: multiples of `d` since Go's zero time.
    TimeTruncate,
    TimeRound,
    /// The zero `time.Time` (January 1 of year 1, UTC), what a variable of it starts as.
    TimeZero,
    /// `time.Parse(layout, value)`: the time and the error.
    TimeParse,
    /// `time.ParseDuration(s)`: the duration and the error.
    ParseDuration,
    /// `t.UTC()` (second argument `false`) and `t.Local()` (`true`): the time in that
    /// location, without its monotonic reading.
    TimeStrip,
    /// `t.Location()`: the name of its location, `UTC` or `Local`.
    TimeLocation,
    /// `cmp.Compare(x, y)` and `cmp.Less(x, y)` of two values of one ordered type.
    CmpCompare,
    CmpLess,
    /// `unicode.IsUpper(r)` and the package's other functions of one rune.
    Unicode(crate::unicode::RuneFn),
    /// `regexp`'s functions and a `*regexp.Regexp`'s methods, the pattern first.
    Regexp(crate::textlib::ReOp),
    /// `flag`'s functions and a `*flag.FlagSet`'s methods, the set first.
    Flag(crate::textlib::FlagOp),
    /// `log/slog`'s functions and a `*slog.Logger`'s methods.
    Slog(crate::slog::SlogOp),
    /// `net/url`'s functions and its types' methods, and `net`'s host:port helpers.
    Url(crate::urls::UrlOp),
    /// `os.Args`: the program's path (the argument) and the run's arguments after it.
    OsArgs,
    /// `runtime.ReadMemStats(&m)`: the run's memory in `m`'s fields (`MEM_STATS_FIELDS`).
    ReadMemStats,
    /// `time.Month`'s and `time.Weekday`'s `String()`: `November`, `%!Month(13)`.
    MonthName,
    WeekdayName,
    /// A `strings.Builder`'s `String()` and `Len()`: calls, so they may stand as statements.
    BuilderString,
    BuilderLen,
    /// `log.New(out, prefix, flags)`: a logger of its own.
    NewLogger,
    /// The `log` package's own logger (`log.Default()`, and what `log.Println` writes with).
    StdLogger,
    /// `l.Flags()`, `l.Prefix()`, `l.Writer()` of the logger given.
    LoggerFlags,
    LoggerPrefix,
    LoggerWriter,
    /// The text of the builtin `println(args...)` (`true`) or `print(args...)`.
    RuntimeText(bool),
    /// `context.Background()` (`false`) or `context.TODO()` (`true`).
    CtxRoot,
    /// `context.WithCancel(parent)`'s context, without its cancel function.
    CtxWithCancel,
    /// `context.WithDeadline(parent, t)`, or with `true` `WithTimeout(parent, d)`, then the
    /// cause if one is given: the context, its timer not yet set.
    CtxWithDeadline,
    /// Sets a deadline context's timer to call the closure given when it passes.
    CtxArm,
    /// What a deadline context's timer does: cancels it, its deadline exceeded.
    CtxExpire,
    /// A cancel function's call: the context, and the cause if it takes one.
    CtxCancel,
    CtxWithValue,
    CtxWithoutCancel,
    CtxCause,
    /// A context's methods, the context first.
    CtxDone,
    CtxErr,
    CtxValue,
    CtxDeadline,
    /// `context.AfterFunc(ctx, f)`'s context, which runs `f` in a goroutine of its own when
    /// cancelled; and its stop function's call.
    CtxAfterFunc,
    CtxStopAfter,
    /// `context.Canceled` and `context.DeadlineExceeded`.
    CtxCanceled,
    CtxDeadlineExceeded,
}

/// What a call does to the slice variable it is given, in place: Go's sorts and reverse
/// change the slice's elements, which every copy of the slice shares.
#[derive(Debug, Clone, PartialEq)]
pub enum InPlace {
    /// `sort.Ints`, `sort.Strings`, `sort.Float64s`, `slices.Sort`: in the values' order.
    Sort,
    /// `slices.Reverse`.
    Reverse,
    /// `sort.Sort(sort.Reverse(sort.IntSlice(s)))` (or `StringSlice`): in the values'
    /// reverse order, which any sort gives alike, as equal ints or strings look the same.
    SortDescending,
    /// `sort.Slice(s, less)` (`stable`: `sort.SliceStable`): the closure `less(i, j)` looks
    /// at the variable as the sort leaves it at each step, as in Go.
    SortBy { less: Expr, stable: bool },
    /// `slices.SortFunc(s, cmp)` (`stable`: `slices.SortStableFunc`): `cmp(a, b)` of two
    /// elements, below 0 when `a` goes first.
    SortFunc { cmp: Expr, stable: bool },
}

/// What a `log` call does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogOp {
    /// `Print`, `Printf`, `Println`: a line with the logger's header.
    Print(PrintKind),
    /// `Fatal...`: the line, then the program exits with status 1.
    Fatal(PrintKind),
    /// `Panic...`: the line, then a panic with the message.
    Panic(PrintKind),
    SetFlags,
    SetPrefix,
    /// `SetOutput(os.Stdout)` or `os.Stderr`.
    SetOutput,
}

/// Where a `log` call is, for the `Lshortfile` and `Llongfile` flags: the file as Go's
/// compiler names it (its absolute path) and the line Go reports (a deferred call's is its
/// function's closing brace, where it runs).
#[derive(Debug, Clone, PartialEq)]
pub struct LogSite {
    pub file: Arc<str>,
    pub line: u32,
}

/// The program's output streams, as `os.Stdout` and `os.Stderr` are values of.
pub const STDOUT: i64 = 1;
pub const STDERR: i64 = 2;

/// The `log` package's flags, as Go numbers them.
pub mod log_flags {
    pub const DATE: i64 = 1;
    pub const TIME: i64 = 2;
    pub const MICROSECONDS: i64 = 4;
    pub const LONG_FILE: i64 = 8;
    pub const SHORT_FILE: i64 = 16;
    pub const UTC: i64 = 32;
    pub const MSG_PREFIX: i64 = 64;
    pub const STD: i64 = DATE | TIME;
}
