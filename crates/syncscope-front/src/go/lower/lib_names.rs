//! The exported names of the library packages syncscope reads, as Go 1.26's type checker
//! lists them (by the name a file calls each package): a name not here is Go's "undefined",
//! one here that syncscope does not run is "not run yet".

/// Each package's names, space-separated.
const NAMES: &[(&str, &str)] = &[
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
    ("heap", "Fix Init Interface Pop Push Remove"),
    (
        "slog",
        "Any AnyValue Attr Bool BoolValue Debug DebugContext Default DiscardHandler Duration
         DurationValue Error ErrorContext Float64 Float64Value Group GroupAttrs GroupValue
         Handler HandlerOptions Info InfoContext Int Int64 Int64Value IntValue JSONHandler Kind
         KindAny KindBool KindDuration KindFloat64 KindGroup KindInt64 KindLogValuer KindString
         KindTime KindUint64 Level LevelDebug LevelError LevelInfo LevelKey LevelVar LevelWarn
         Leveler Log LogAttrs LogValuer Logger MessageKey MultiHandler New NewJSONHandler
         NewLogLogger NewMultiHandler NewRecord NewTextHandler Record SetDefault
         SetLogLoggerLevel Source SourceKey String StringValue TextHandler Time TimeKey
         TimeValue Uint64 Uint64Value Value Warn WarnContext With",
    ),
    (
        "fs",
        "DirEntry ErrClosed ErrExist ErrInvalid ErrNotExist ErrPermission FS File FileInfo
         FileInfoToDirEntry FileMode FormatDirEntry FormatFileInfo Glob GlobFS Lstat
         ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive ModeIrregular
         ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink
         ModeTemporary ModeType PathError ReadDir ReadDirFS ReadDirFile ReadFile ReadFileFS
         ReadLink ReadLinkFS SkipAll SkipDir Stat StatFS Sub SubFS ValidPath WalkDir
         WalkDirFunc",
    ),
    (
        "io",
        "ByteReader ByteScanner ByteWriter Closer Copy CopyBuffer CopyN Discard EOF
         ErrClosedPipe ErrNoProgress ErrShortBuffer ErrShortWrite ErrUnexpectedEOF
         LimitReader LimitedReader MultiReader MultiWriter NewOffsetWriter NewSectionReader
         NopCloser OffsetWriter Pipe PipeReader PipeWriter ReadAll ReadAtLeast ReadCloser
         ReadFull ReadSeekCloser ReadSeeker ReadWriteCloser ReadWriteSeeker ReadWriter Reader
         ReaderAt ReaderFrom RuneReader RuneScanner SectionReader SeekCurrent SeekEnd
         SeekStart Seeker StringWriter TeeReader WriteCloser WriteSeeker WriteString Writer
         WriterAt WriterTo",
    ),
    ("iter", "Pull Pull2 Seq Seq2"),
    (
        "base64",
        "CorruptInputError Encoding NewDecoder NewEncoder NewEncoding NoPadding RawStdEncoding
         RawURLEncoding StdEncoding StdPadding URLEncoding",
    ),
    (
        "json",
        "Compact Decoder Delim Encoder HTMLEscape Indent InvalidUTF8Error InvalidUnmarshalError
         Marshal MarshalIndent Marshaler MarshalerError NewDecoder NewEncoder Number RawMessage
         SyntaxError Token Unmarshal UnmarshalFieldError UnmarshalTypeError Unmarshaler
         UnsupportedTypeError UnsupportedValueError Valid",
    ),
    (
        "xml",
        "Attr CharData Comment CopyToken Decoder Directive Encoder EndElement Escape EscapeText
         HTMLAutoClose HTMLEntity Header Marshal MarshalIndent Marshaler MarshalerAttr Name
         NewDecoder NewEncoder NewTokenDecoder ProcInst StartElement SyntaxError TagPathError
         Token TokenReader Unmarshal UnmarshalError Unmarshaler UnmarshalerAttr
         UnsupportedTypeError",
    ),
    (
        "template",
        "ExecError FuncMap HTMLEscape HTMLEscapeString HTMLEscaper IsTrue JSEscape
         JSEscapeString JSEscaper Must New ParseFS ParseFiles ParseGlob Template
         URLQueryEscaper",
    ),
    ("sha256", "BlockSize New New224 Size Size224 Sum224 Sum256"),
    ("md5", "BlockSize New Size Sum"),
    (
        "hex",
        "AppendDecode AppendEncode Decode DecodeString DecodedLen Dump Dumper Encode
         EncodeToString EncodedLen ErrLength InvalidByteError NewDecoder NewEncoder",
    ),
    (
        "ioutil",
        "Discard NopCloser ReadAll ReadDir ReadFile TempDir TempFile WriteFile",
    ),
    (
        "filepath",
        "Abs Base Clean Dir ErrBadPattern EvalSymlinks Ext FromSlash Glob HasPrefix IsAbs IsLocal
         Join ListSeparator Localize Match Rel Separator SkipAll SkipDir Split SplitList ToSlash
         VolumeName Walk WalkDir WalkFunc",
    ),
    (
        "rand/v2",
        "ChaCha8 ExpFloat64 Float32 Float64 Int Int32 Int32N Int64 Int64N IntN N New NewChaCha8
         NewPCG NewZipf NormFloat64 PCG Perm Rand Shuffle Source Uint Uint32 Uint32N Uint64
         Uint64N UintN Zipf",
    ),
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
        "unicode",
        "ASCII_Hex_Digit Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan AzeriCase
         Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bidi_Control Bopomofo Brahmi Braille
         Buginese Buhid C Canadian_Aboriginal Carian CaseRange CaseRanges Categories
         CategoryAliases Caucasian_Albanian Cc Cf Chakma Cham Cherokee Chorasmian Cn Co Common
         Coptic Cs Cuneiform Cypriot Cypro_Minoan Cyrillic Dash Deprecated Deseret Devanagari
         Diacritic Digit Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic
         Ethiopic Extender FoldCategory FoldScript Georgian Glagolitic Gothic Grantha
         GraphicRanges Greek Gujarati Gunjala_Gondi Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo
         Hatran Hebrew Hex_Digit Hiragana Hyphen IDS_Binary_Operator IDS_Trinary_Operator
         Ideographic Imperial_Aramaic In Inherited Inscriptional_Pahlavi Inscriptional_Parthian
         Is IsControl IsDigit IsGraphic IsLetter IsLower IsMark IsNumber IsOneOf IsPrint IsPunct
         IsSpace IsSymbol IsTitle IsUpper Javanese Join_Control Kaithi Kannada Katakana Kawi
         Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi L LC Lao Latin Lepcha
         Letter Limbu Linear_A Linear_B Lisu Ll Lm Lo Logical_Order_Exception Lower LowerCase Lt
         Lu Lycian Lydian M Mahajani Makasar Malayalam Mandaic Manichaean Marchen Mark
         Masaram_Gondi MaxASCII MaxCase MaxLatin1 MaxRune Mc Me Medefaidrin Meetei_Mayek
         Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Mn Modi Mongolian Mro Multani
         Myanmar N Nabataean Nag_Mundari Nandinagari Nd New_Tai_Lue Newa Nko Nl No
         Noncharacter_Code_Point Number Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki
         Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian
         Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Other Other_Alphabetic
         Other_Default_Ignorable_Code_Point Other_Grapheme_Extend Other_ID_Continue
         Other_ID_Start Other_Lowercase Other_Math Other_Uppercase P Pahawh_Hmong Palmyrene
         Pattern_Syntax Pattern_White_Space Pau_Cin_Hau Pc Pd Pe Pf Phags_Pa Phoenician Pi Po
         Prepended_Concatenation_Mark PrintRanges Properties Ps Psalter_Pahlavi Punct
         Quotation_Mark Radical Range16 Range32 RangeTable Regional_Indicator Rejang
         ReplacementChar Runic S STerm Samaritan Saurashtra Sc Scripts Sentence_Terminal Sharada
         Shavian Siddham SignWriting SimpleFold Sinhala Sk Sm So Soft_Dotted Sogdian
         Sora_Sompeng Soyombo Space SpecialCase Sundanese Syloti_Nagri Symbol Syriac Tagalog
         Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Terminal_Punctuation
         Thaana Thai Tibetan Tifinagh Tirhuta Title TitleCase To ToLower ToTitle ToUpper Toto
         TurkishCase Ugaritic Unified_Ideograph Upper UpperCase UpperLower Vai
         Variation_Selector Version Vithkuqi Wancho Warang_Citi White_Space Yezidi Yi Z
         Zanabazar_Square Zl Zp Zs",
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
        "tabwriter",
        "AlignRight Debug DiscardEmptyColumns Escape FilterHTML NewWriter StripEscape TabIndent
         Writer",
    ),
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
    (
        "regexp",
        "Compile CompilePOSIX Match MatchReader MatchString MustCompile MustCompilePOSIX
         QuoteMeta Regexp",
    ),
    (
        "flag",
        "Arg Args Bool BoolFunc BoolVar CommandLine ContinueOnError Duration DurationVar ErrHelp
         ErrorHandling ExitOnError Flag FlagSet Float64 Float64Var Func Getter Int Int64
         Int64Var IntVar Lookup NArg NFlag NewFlagSet PanicOnError Parse Parsed PrintDefaults Set
         String StringVar TextVar Uint Uint64 Uint64Var UintVar UnquoteUsage Usage Value Var
         Visit VisitAll",
    ),
    (
        "url",
        "Error EscapeError InvalidHostError JoinPath Parse ParseQuery ParseRequestURI PathEscape
         PathUnescape QueryEscape QueryUnescape URL User UserPassword Userinfo Values",
    ),
    (
        "net",
        "Addr AddrError Buffers CIDRMask Conn DNSConfigError DNSError DefaultResolver Dial
         DialIP DialTCP DialTimeout DialUDP DialUnix Dialer ErrClosed ErrWriteToConnected Error
         FileConn FileListener FilePacketConn FlagBroadcast FlagLoopback FlagMulticast
         FlagPointToPoint FlagRunning FlagUp Flags HardwareAddr IP IPAddr IPConn IPMask IPNet
         IPv4 IPv4Mask IPv4allrouter IPv4allsys IPv4bcast IPv4len IPv4zero
         IPv6interfacelocalallnodes IPv6len IPv6linklocalallnodes IPv6linklocalallrouters
         IPv6loopback IPv6unspecified IPv6zero Interface InterfaceAddrs InterfaceByIndex
         InterfaceByName Interfaces InvalidAddrError JoinHostPort KeepAliveConfig Listen
         ListenConfig ListenIP ListenMulticastUDP ListenPacket ListenTCP ListenUDP ListenUnix
         ListenUnixgram Listener LookupAddr LookupCNAME LookupHost LookupIP LookupMX LookupNS
         LookupPort LookupSRV LookupTXT MX NS OpError PacketConn ParseCIDR ParseError ParseIP
         ParseMAC Pipe ResolveIPAddr ResolveTCPAddr ResolveUDPAddr ResolveUnixAddr Resolver SRV
         SplitHostPort TCPAddr TCPAddrFromAddrPort TCPConn TCPListener UDPAddr
         UDPAddrFromAddrPort UDPConn UnixAddr UnixConn UnixListener UnknownNetworkError",
    ),
];

/// Whether Go 1.26's `package` has `member`.
pub(super) fn exported(package: &str, member: &str) -> bool {
    NAMES
        .iter()
        .any(|(p, names)| *p == package && names.split_ascii_whitespace().any(|n| n == member))
}

/// The names of `package`, space-separated; none for a package not listed.
pub(super) fn names_of(package: &str) -> &'static str {
    NAMES
        .iter()
        .find(|(p, _)| *p == package)
        .map_or("", |(_, names)| names)
}
