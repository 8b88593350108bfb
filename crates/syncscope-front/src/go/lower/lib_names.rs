//! The exported names of the library packages syncscope reads, as Go 1.26's type checker
//! lists them (by the name a file calls each package): a name not here is Go's "undefined",
//! one here that syncscope does not run is "not run yet".

/// Each package's names, space-separated.
const NAMES: [(&str, &str); 14] = [
    (
        "bufio",
        "ErrAdvanceTooFar ErrBadReadCount ErrBufferFull ErrFinalToken ErrInvalidUnreadByte
         ErrInvalidUnreadRune ErrNegativeAdvance ErrNegativeCount ErrTooLong MaxScanTokenSize
         NewReadWriter NewReader NewReaderSize NewScanner NewWriter NewWriterSize ReadWriter
         Reader ScanBytes ScanLines ScanRunes ScanWords Scanner SplitFunc Writer",
    ),
    (
        "bytes",
        "Buffer Clone Compare Contains ContainsAny ContainsFunc ContainsRune Count Cut
         CutPrefix CutSuffix Equal EqualFold ErrTooLarge Fields FieldsFunc FieldsFuncSeq
         FieldsSeq HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join
         LastIndex LastIndexAny LastIndexByte LastIndexFunc Lines Map MinRead NewBuffer
         NewBufferString NewReader Reader Repeat Replace ReplaceAll Runes Split SplitAfter
         SplitAfterN SplitAfterSeq SplitN SplitSeq Title ToLower ToLowerSpecial ToTitle
         ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft
         TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix",
    ),
    ("cmp", "Compare Less Or Ordered"),
    (
        "maps",
        "All Clone Collect Copy DeleteFunc Equal EqualFunc Insert Keys Values",
    ),
    (
        "strings",
        "Builder Clone Compare Contains ContainsAny ContainsFunc ContainsRune Count Cut
         CutPrefix CutSuffix EqualFold Fields FieldsFunc FieldsFuncSeq FieldsSeq HasPrefix
         HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny
         LastIndexByte LastIndexFunc Lines Map NewReader NewReplacer Reader Repeat Replace
         ReplaceAll Replacer Split SplitAfter SplitAfterN SplitAfterSeq SplitN SplitSeq Title
         ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim
         TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix",
    ),
    (
        "strconv",
        "AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII
         AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi
         CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt
         FormatUint IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat
         ParseInt ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII
         QuoteToGraphic QuotedPrefix Unquote UnquoteChar",
    ),
    (
        "math",
        "Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc
         Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits
         Float64frombits Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma
         Ln10 Ln2 Log Log10 Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt
         MaxInt16 MaxInt32 MaxInt64 MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min
         MinInt MinInt16 MinInt32 MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi
         Pow Pow10 Remainder Round RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32
         SmallestNonzeroFloat64 Sqrt Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn",
    ),
    (
        "sort",
        "Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted
         IsSorted Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted
         SliceStable Sort Stable StringSlice Strings StringsAreSorted",
    ),
    (
        "slices",
        "All AppendSeq Backward BinarySearch BinarySearchFunc Chunk Clip Clone Collect Compact
         CompactFunc Compare CompareFunc Concat Contains ContainsFunc Delete DeleteFunc Equal
         EqualFunc Grow Index IndexFunc Insert IsSorted IsSortedFunc Max MaxFunc Min MinFunc
         Repeat Replace Reverse Sort SortFunc SortStableFunc Sorted SortedFunc SortedStableFunc
         Values",
    ),
    (
        "utf8",
        "AppendRune DecodeLastRune DecodeLastRuneInString DecodeRune DecodeRuneInString
         EncodeRune FullRune FullRuneInString MaxRune RuneCount RuneCountInString RuneError
         RuneLen RuneSelf RuneStart UTFMax Valid ValidRune ValidString",
    ),
    (
        "log",
        "Default Fatal Fatalf Fatalln Flags LUTC Ldate Llongfile Lmicroseconds Lmsgprefix
         Logger Lshortfile LstdFlags Ltime New Output Panic Panicf Panicln Prefix Print Printf
         Println SetFlags SetOutput SetPrefix Writer",
    ),
    ("fnv", "New128 New128a New32 New32a New64 New64a"),
    (
        "os",
        "Args Chdir Chmod Chown Chtimes Clearenv CopyFS Create CreateTemp DevNull DirEntry
         DirFS Environ ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline
         ErrNoHandle ErrNotExist ErrPermission ErrProcessDone Executable Exit Expand ExpandEnv
         File FileInfo FileMode FindProcess Getegid Getenv Geteuid Getgid Getgroups Getpagesize
         Getpid Getppid Getuid Getwd Hostname Interrupt IsExist IsNotExist IsPathSeparator
         IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv Lstat Mkdir MkdirAll
         MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive ModeIrregular
         ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink
         ModeTemporary ModeType NewFile NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY
         O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile OpenInRoot OpenRoot PathError
         PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile
         Readlink Remove RemoveAll Rename Root SEEK_CUR SEEK_END SEEK_SET SameFile Setenv
         Signal StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir Truncate
         Unsetenv UserCacheDir UserConfigDir UserHomeDir WriteFile",
    ),
    ("errors", "As AsType ErrUnsupported Is Join New Unwrap"),
];

/// Whether Go 1.26's `package` has `member`.
pub(super) fn exported(package: &str, member: &str) -> bool {
    NAMES
        .iter()
        .any(|(p, names)| *p == package && names.split_ascii_whitespace().any(|n| n == member))
}
