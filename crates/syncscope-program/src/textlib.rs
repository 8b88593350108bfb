//! The calls of `regexp` and `flag` as the program form has them: one operation each, its
//! receiver (a pattern, a flag set) first among the call's values.

/// A `regexp` function or a `*regexp.Regexp`'s method (the pattern first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReOp {
    /// `regexp.Compile(p)`: the pattern and a nil error, or a nil one and Go's error.
    Compile,
    /// `regexp.MustCompile(p)`: the pattern, or Go's panic.
    MustCompile,
    /// `regexp.MatchString(p, s)`: the answer and the compile error.
    MatchPattern,
    /// `regexp.QuoteMeta(s)`.
    QuoteMeta,
    MatchString,
    /// `re.Match(b)` of a `[]byte`.
    Match,
    FindString,
    FindStringIndex,
    FindStringSubmatch,
    FindStringSubmatchIndex,
    FindAllString,
    FindAllStringIndex,
    FindAllStringSubmatch,
    FindAllStringSubmatchIndex,
    ReplaceAllString,
    ReplaceAllLiteralString,
    /// `re.ReplaceAllStringFunc(s, f)`: `f` of each match.
    ReplaceAllStringFunc,
    /// `re.ReplaceAllFunc(b, f)` of a `[]byte` and a `func([]byte) []byte`.
    ReplaceAllFunc,
    Split,
    SubexpNames,
    NumSubexp,
    SubexpIndex,
    /// The `[]byte` forms, as their string twins on the bytes as text.
    Find,
    FindIndex,
    FindSubmatch,
    FindAll,
    FindAllIndex,
    FindAllSubmatch,
    ReplaceAll,
    ReplaceAllLiteral,
}

/// A `flag` function, or a `*flag.FlagSet`'s method (the set first; the package's functions
/// are `flag.CommandLine`'s, which the engine gives as the set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagOp {
    /// `flag.CommandLine`: the run's own set, named as `os.Args[0]`.
    CommandLine,
    /// `flag.NewFlagSet(name, handling)`.
    NewSet,
    /// `fs.String(name, value, usage)` and its kin: a new variable of that kind, its address.
    Define(FlagKind),
    /// `fs.StringVar(&v, name, value, usage)` and its kin: `v` set to `value` and defined.
    DefineVar(FlagKind),
    /// `fs.Parse(args)`, `flag.Parse()` of `os.Args[1:]`: the error, or the run's end.
    Parse,
    Args,
    NArg,
    Arg,
    NFlag,
    Parsed,
    Name,
    PrintDefaults,
    /// `flag.Usage = f`: the function the set's mistakes and `-h` call instead of printing
    /// its usage.
    SetUsage,
    /// `flag.Usage()`: that function, or the default usage on stderr.
    Usage,
}

/// What a flag holds, which decides how its text is read and how its default is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    Str,
    Int,
    Int64,
    Uint64,
    Bool,
    Float64,
    Duration,
}
