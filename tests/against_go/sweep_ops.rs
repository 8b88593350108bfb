//! What the sweep puts together (see `sweep`): declared types of every kind, and the
//! operations a program does with a value of one. In a template `$T` is the declared type,
//! `$U` the type it is declared as and `$V` a value of it.

/// A declared type: its name, what it is declared as, a value of it, and its kind.
pub(super) struct Declared {
    pub(super) name: &'static str,
    pub(super) under: &'static str,
    pub(super) value: &'static str,
    pub(super) kind: &'static str,
}

const fn ty(
    name: &'static str,
    under: &'static str,
    value: &'static str,
    kind: &'static str,
) -> Declared {
    Declared {
        name,
        under,
        value,
        kind,
    }
}

impl Declared {
    /// Its underlying type as Go spells it, for `~` in a constraint (`$B`).
    pub(super) fn base(&self) -> &'static str {
        match self.under {
            "tint" => "int",
            "time.Duration" => "int64",
            under => under,
        }
    }
}

pub(super) const TYPES: &[Declared] = &[
    ty("tint", "int", "3", "int"),
    ty("ti64", "int64", "3", "int"),
    ty("tu8", "uint8", "3", "int"),
    ty("tu", "uint", "3", "int"),
    ty("ti32", "int32", "3", "int"),
    ty("tr", "rune", "'x'", "int"),
    ty("tdur", "time.Duration", "3", "int"),
    ty("tnamed", "tint", "3", "int"),
    ty("tf", "float64", "2.5", "float"),
    ty("tf32", "float32", "2.5", "float"),
    ty("ts", "string", "\"hi\"", "string"),
    ty("tb", "bool", "true", "bool"),
    ty("tsl", "[]int", "tsl{1, 2, 3}", "slice"),
    ty("tss", "[]string", "tss{\"a\", \"b\"}", "strings"),
    ty("tby", "[]byte", "tby(\"hi\")", "bytes"),
    ty("tm", "map[string]int", "tm{\"a\": 1}", "map"),
    ty(
        "tfn",
        "func(int) int",
        "func(x int) int { return x + 1 }",
        "func",
    ),
    ty("tst", "struct{ a int }", "tst{a: 1}", "struct"),
    ty("tch", "chan int", "make(tch, 1)", "chan"),
    ty("tarr", "[3]int", "tarr{1, 2, 3}", "array"),
    ty("tifc", "interface{ String() string }", "nil", "iface"),
    // Shapes teachers declare: a set, a grid, a matrix, a handler, a table of names.
    ty("tset", "map[string]struct{}", "tset{\"a\": {}}", "set"),
    ty("tgrid", "[][]int", "tgrid{{1, 2}, {3}}", "grid"),
    ty("tmat", "[2][2]float64", "tmat{{1, 2}, {3, 4}}", "matrix"),
    ty(
        "thandler",
        "func(string) error",
        "func(s string) error { return nil }",
        "handler",
    ),
    ty(
        "tnames",
        "map[int]string",
        "tnames{2: \"b\", 1: \"a\"}",
        "names",
    ),
    ty("tids", "[]uint64", "tids{7, 1 << 40}", "ids"),
];

/// An operation: its name, the kinds it applies to (`*` all, `*!k` all but `k`), its body,
/// and what it declares at the top level (`$B` there and in the body is the underlying type).
pub(super) struct Op {
    pub(super) name: &'static str,
    pub(super) kinds: &'static str,
    pub(super) body: &'static str,
    pub(super) top: &'static str,
}

const fn op(name: &'static str, kinds: &'static str, body: &'static str) -> Op {
    op_with(name, kinds, body, "")
}

const fn op_with(
    name: &'static str,
    kinds: &'static str,
    body: &'static str,
    top: &'static str,
) -> Op {
    Op {
        name,
        kinds,
        body,
        top,
    }
}

/// Comparable kinds syncscope keeps as map keys (float keys are not run yet).
const KEYS: &str = "int string bool struct chan array";

pub(super) const OPS: &[Op] = &[
    op("print", "*", "var x $T = $V\n\tfmt.Println(x)"),
    op(
        "printf",
        "*",
        "var x $T = $V\n\tfmt.Printf(\"%v %T\\n\", x, x)",
    ),
    op(
        "sprint",
        "*!iface",
        "x := $T($V)\n\tfmt.Println(fmt.Sprint(x), fmt.Sprintf(\"%v\", x))",
    ),
    op("zero", "*", "var z $T\n\tfmt.Println(z)"),
    op_with(
        "param",
        "*",
        "fmt.Println(pass_$T($V))",
        "func pass_$T(a $T) $T { return a }",
    ),
    op_with(
        "method",
        "*!iface",
        "var x $T = $V\n\tfmt.Println(x.M())",
        "func (t $T) M() string { return fmt.Sprint(t) }",
    ),
    op_with(
        "ptr_method",
        "*!iface",
        "var x $T = $V\n\tx.P()\n\tfmt.Println(x)",
        "func (t *$T) P() { fmt.Println(\"p\") }",
    ),
    op(
        "slice_of",
        "*",
        "var x $T = $V\n\txs := []$T{x, x}\n\tfmt.Println(len(xs), xs[1])",
    ),
    op(
        "map_key",
        KEYS,
        "var x $T = $V\n\tm := map[$T]int{x: 1}\n\tfmt.Println(m[x], len(m))",
    ),
    op(
        "map_value",
        "*",
        "var x $T = $V\n\tm := map[string]$T{\"k\": x}\n\tfmt.Println(m[\"k\"])",
    ),
    op(
        "equal",
        "int float string bool struct chan array iface",
        "var x $T = $V\n\ty := x\n\tfmt.Println(x == y, x != y)",
    ),
    op(
        "type_switch",
        "*",
        "var x $T = $V\n\tvar i any = x\n\tswitch i.(type) {\n\tcase $T:\n\t\tfmt.Println(\"T\")\n\tdefault:\n\t\tfmt.Println(\"other\")\n\t}",
    ),
    op(
        "assert",
        "*",
        "var x $T = $V\n\tvar i any = x\n\ty, ok := i.($T)\n\tfmt.Println(y, ok)",
    ),
    op(
        "to_underlying",
        "*!iface",
        "var x $T = $V\n\tu := $U(x)\n\tfmt.Println(u, $T(u))",
    ),
    op(
        "pointer",
        "*!iface",
        "var x $T = $V\n\tp := &x\n\tfmt.Println(*p)",
    ),
    op(
        "new",
        "*!iface!struct",
        "p := new($T)\n\t*p = $V\n\tfmt.Println(*p)",
    ),
    op(
        "field",
        "*",
        "type holder struct{ f $T }\n\th := holder{f: $V}\n\tfmt.Println(h.f)",
    ),
    op(
        "array_of",
        "*",
        "var x $T = $V\n\tarr := [2]$T{x, x}\n\tfmt.Println(len(arr), arr[0])",
    ),
    op(
        "chan_of",
        "*",
        "var x $T = $V\n\tc := make(chan $T, 1)\n\tc <- x\n\tfmt.Println(<-c)",
    ),
    op_with(
        "generic",
        "*",
        "fmt.Println(same_$T($T($V)))",
        "func same_$T[E any](e E) E { return e }",
    ),
    op(
        "goroutine",
        "*",
        "var wg sync.WaitGroup\n\tvar x $T = $V\n\twg.Add(1)\n\tgo func(y $T) {\n\t\tdefer wg.Done()\n\t\tfmt.Println(y)\n\t}(x)\n\twg.Wait()",
    ),
    op_with(
        "two_results",
        "*",
        "a, b := two_$T()\n\tfmt.Println(a, b)",
        "func two_$T() ($T, error) { return $V, nil }",
    ),
    op_with(
        "named_result",
        "*",
        "fmt.Println(named_$T())",
        "func named_$T() (r $T) {\n\tr = $V\n\treturn\n}",
    ),
    op_with(
        "variadic",
        "*",
        "fmt.Println(count_$T($V, $V))",
        "func count_$T(xs ...$T) int { return len(xs) }",
    ),
    op(
        "closure",
        "*",
        "var x $T = $V\n\tf := func() $T { return x }\n\tfmt.Println(f())",
    ),
    op(
        "under_a_mutex",
        "*",
        "var mu sync.Mutex\n\tvar x $T\n\tmu.Lock()\n\tx = $V\n\tmu.Unlock()\n\tfmt.Println(x)",
    ),
    op(
        "arithmetic",
        "int float",
        "var x $T = $V\n\tfmt.Println(x+x, x*2, x-1, x/2)",
    ),
    op(
        "remainder",
        "int",
        "var x $T = $V\n\tfmt.Println(x%2, x<<1, x>>1, x&1, x|4, x^1)",
    ),
    op(
        "updates",
        "int float",
        "var x $T = $V\n\tx++\n\tx--\n\tx += 2\n\tx *= 3\n\tfmt.Println(x, -x)",
    ),
    op(
        "ordered",
        "int float string",
        "var x $T = $V\n\ty := x\n\tfmt.Println(x < y, x <= y, x > y, x >= y, min(x, y), max(x, y))",
    ),
    op(
        "converted",
        "int float",
        "var x $T = $V\n\tfmt.Println(float64(x), int(x), math.Sqrt(float64(x)))",
    ),
    op(
        "untyped",
        "int float",
        "var x $T = $V\n\ty := x * 10\n\tfmt.Println(y, x+1.0-1)",
    ),
    op(
        "verbs_int",
        "int",
        "var x $T = $V\n\tfmt.Printf(\"%d %03d %x %v\\n\", x, x, x, x)",
    ),
    op(
        "verbs_float",
        "float",
        "var x $T = $V\n\tfmt.Printf(\"%.2f %g %v\\n\", x, x, x)",
    ),
    op(
        "for_loop",
        "int",
        "for i := $T(0); i < $T($V); i++ {\n\t\tfmt.Println(i)\n\t}",
    ),
    op(
        "range_int",
        "int",
        "for i := range $T($V) {\n\t\tfmt.Println(i)\n\t}",
    ),
    op(
        "switch",
        "int float string bool",
        "var x $T = $V\n\tswitch x {\n\tcase $V:\n\t\tfmt.Println(\"yes\")\n\tdefault:\n\t\tfmt.Println(\"no\")\n\t}",
    ),
    op(
        "itoa",
        "int",
        "var x $T = $V\n\tfmt.Println(strconv.Itoa(int(x)))",
    ),
    op(
        "atomic_add",
        "int",
        "var n atomic.Int64\n\tvar x $T = $V\n\tn.Add(int64(x))\n\tfmt.Println(n.Load())",
    ),
    op(
        "sleep",
        "int",
        "var x $T = $V\n\ttime.Sleep(time.Duration(x) * time.Millisecond)\n\tfmt.Println(\"slept\")",
    ),
    op(
        "constant",
        "int float string bool",
        "const c $T = $V\n\tfmt.Println(c)",
    ),
    op(
        "index_by",
        "int",
        "a := []string{\"a\", \"b\", \"c\", \"d\"}\n\tvar x $T = $V\n\tfmt.Println(a[x], len(make([]int, x)))",
    ),
    op(
        "concat",
        "string",
        "var x $T = $V\n\tx += \"a\"\n\tfmt.Println(x+\"!\", x+x)",
    ),
    op(
        "string_index",
        "string",
        "var x $T = $V\n\tfmt.Println(x[0], x[1:], len(x))",
    ),
    op(
        "string_range",
        "string",
        "var x $T = $V\n\tfor i, r := range x {\n\t\tfmt.Println(i, r)\n\t}",
    ),
    op(
        "string_library",
        "string",
        "var x $T = $V\n\tfmt.Println(strings.ToUpper(string(x)), strings.Contains(string(x), \"h\"), strings.Repeat(string(x), 2))",
    ),
    op(
        "string_bytes",
        "string",
        "var x $T = $V\n\tfmt.Println([]byte(x), []rune(x), string(x))",
    ),
    op(
        "string_verbs",
        "string",
        "var x $T = $V\n\tfmt.Printf(\"%s %q %v\\n\", x, x, x)",
    ),
    op(
        "logic",
        "bool",
        "var x $T = $V\n\tfmt.Println(!x, x && x, x || false, bool(x))\n\tif x {\n\t\tfmt.Printf(\"%t\\n\", x)\n\t}",
    ),
    op(
        "slice_index",
        "slice strings bytes",
        "x := $V\n\tfmt.Println(x[0], len(x), cap(x), x[1:], x[:1])",
    ),
    op(
        "slice_range",
        "slice strings bytes",
        "x := $V\n\tfor i, e := range x {\n\t\tfmt.Println(i, e)\n\t}",
    ),
    op(
        "slice_make",
        "slice strings bytes",
        "x := $V\n\ty := make($T, len(x), 5)\n\tcopy(y, x)\n\tfmt.Println(y, cap(y))",
    ),
    op(
        "nil",
        "slice strings bytes map func chan",
        "var x $T\n\tfmt.Println(x == nil)",
    ),
    op(
        "append",
        "slice",
        "x := $V\n\tx = append(x, 4)\n\tx[0] = 9\n\tfmt.Println(x, x[1:3:3])",
    ),
    op(
        "append_strings",
        "strings",
        "x := $V\n\tx = append(x, \"z\")\n\tsort.Strings(x)\n\tfmt.Println(x, strings.Join(x, \"-\"))",
    ),
    op(
        "append_bytes",
        "bytes",
        "x := $V\n\tx = append(x, '!')\n\tfmt.Println(string(x))",
    ),
    op(
        "sorted",
        "slice",
        "x := $V\n\tsort.Ints(x)\n\tslices.Sort(x)\n\tfmt.Println(x, slices.Contains(x, 2), slices.Index(x, 3))",
    ),
    op(
        "cleared",
        "slice map",
        "x := $V\n\tclear(x)\n\tfmt.Println(x, len(x))",
    ),
    op_with(
        "spread",
        "slice",
        "x := $V\n\tfmt.Println(total(x...), x.Sum())",
        "func total(xs ...int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\nfunc (t $T) Sum() int { return total(t...) }",
    ),
    op(
        "map_ops",
        "map",
        "x := $V\n\tx[\"b\"] = 2\n\tx[\"a\"]++\n\tn, ok := x[\"a\"]\n\tdelete(x, \"b\")\n\tfmt.Println(x[\"zz\"], n, ok, len(x), x)",
    ),
    op(
        "map_range",
        "map",
        "x := $V\n\tfor k, n := range x {\n\t\tfmt.Println(k, n)\n\t}",
    ),
    op(
        "map_make",
        "map",
        "x := make($T)\n\ty := make($T, 10)\n\tx[\"q\"] = 1\n\tfmt.Println(x, len(y), slices.Sorted(maps.Keys(x)))",
    ),
    op(
        "call",
        "func",
        "var x $T = $V\n\tfmt.Println(x(1), x != nil)",
    ),
    op_with(
        "func_param",
        "func",
        "fmt.Println(apply($V, 2))",
        "func apply(f $T, n int) int { return f(n) }",
    ),
    op(
        "func_converted",
        "func",
        "g := func(x int) int { return x * 2 }\n\tfmt.Println($T(g)(3))",
    ),
    op_with(
        "func_method",
        "func",
        "var x $T = $V\n\tfmt.Println(x.Twice(1))",
        "func (f $T) Twice(n int) int { return f(f(n)) }",
    ),
    op(
        "struct_fields",
        "struct",
        "x := $V\n\tx.a = 2\n\tp := &$T{a: 5}\n\tp.a++\n\tfmt.Printf(\"%v %+v %v\\n\", x, x, *p)",
    ),
    op(
        "chan_ops",
        "chan",
        "x := $V\n\tx <- 1\n\tfmt.Println(len(x), cap(x), <-x)\n\tx <- 2\n\tclose(x)\n\tfor n := range x {\n\t\tfmt.Println(n)\n\t}",
    ),
    op(
        "chan_select",
        "chan",
        "x := $V\n\tselect {\n\tcase n := <-x:\n\t\tfmt.Println(n)\n\tdefault:\n\t\tfmt.Println(\"none\")\n\t}",
    ),
    op_with(
        "chan_go",
        "chan",
        "x := make($T)\n\tgo fill(x)\n\tfmt.Println(<-x)\n\ty := $V\n\tgo fill_send(y)\n\tfmt.Println(<-y)",
        "func fill(c $T) { c <- 7 }\n\nfunc fill_send(c chan<- int) { c <- 8 }",
    ),
    op(
        "chan_converted",
        "chan",
        "c := make(chan int, 1)\n\tx := $T(c)\n\tx <- 3\n\tfmt.Println(<-c)",
    ),
    op(
        "array_ops",
        "array",
        "x := $V\n\tx[1] = 7\n\ty := x\n\ty[0] = 9\n\tfmt.Println(x[0], x, y, len(x), x[1:])\n\tfor i, e := range x {\n\t\tfmt.Println(i, e)\n\t}",
    ),
    op("iface_nil", "iface", "var x $T\n\tfmt.Println(x == nil)"),
    op_with(
        "constrained",
        "int float string bool slice map",
        "fmt.Println(keep_$T($T($V)), keep_$T[$T]($V))",
        "func keep_$T[E interface{ ~$B }](e E) E { return e }",
    ),
    op_with(
        "through_an_interface",
        "*!iface",
        "var x $T = $V\n\tvar s shower_$T = x\n\tfmt.Println(s.Show())",
        "type shower_$T interface{ Show() string }\n\nfunc (t $T) Show() string { return fmt.Sprint(t) }",
    ),
    op_with(
        "embedded",
        "*!iface!struct",
        "b := box_$T{$T: $V, n: 1}\n\tfmt.Println(b.$T, b.n)",
        "type box_$T struct {\n\t$T\n\tn int\n}",
    ),
    op_with(
        "through_a_pointer",
        "*!iface!struct",
        "var x $T\n\tset_$T(&x)\n\tfmt.Println(x)",
        "func set_$T(p *$T) { *p = $V }",
    ),
    op_with(
        "between_declared",
        "*!iface",
        "var x $T = $V\n\ty := other_$T(x)\n\tfmt.Println(y, $T(y))",
        "type other_$T $B",
    ),
    op(
        "widths",
        "int float string",
        "var x $T = $V\n\tfmt.Printf(\"[%5v] [%-5v] %T\\n\", x, x, []$T{x})",
    ),
    op(
        "against_constants",
        "int float",
        "var x $T = $V\n\tfmt.Println(x == 3, x > 1, x != 0, x*x >= 4)",
    ),
    op(
        "against_text",
        "string",
        "var x $T = $V\n\tfmt.Println(x == \"hi\", x < \"ho\", x != \"\")",
    ),
    op(
        "sorted_by",
        "slice strings",
        "x := $V\n\tsort.Slice(x, func(i, j int) bool { return x[i] > x[j] })\n\tfmt.Println(x)",
    ),
    op(
        "deferred",
        "*",
        "var x $T = $V\n\tdefer fmt.Println(\"deferred\", x)\n\tfmt.Println(\"first\")",
    ),
    op_with(
        "in_a_struct",
        "*",
        "var x $T = $V\n\tp := pair_$T{x, x}\n\tfmt.Printf(\"%v %+v\\n\", p, p)",
        "type pair_$T struct{ A, B $T }",
    ),
    op_with(
        "returned_func",
        "*",
        "f := maker_$T()\n\tfmt.Println(f())",
        "func maker_$T() func() $T { return func() $T { return $V } }",
    ),
    op(
        "sent_from_a_goroutine",
        "*",
        "c := make(chan $T)\n\tgo func() { c <- $V }()\n\tfmt.Println(<-c)",
    ),
    op(
        "selected",
        "*",
        "var x $T = $V\n\tc := make(chan $T, 1)\n\tselect {\n\tcase c <- x:\n\t\tfmt.Println(\"sent\", <-c)\n\t}",
    ),
    op(
        "map_counted",
        "int string bool",
        "var x $T = $V\n\tm := map[$T]int{}\n\tm[x]++\n\tm[x] += 2\n\tfmt.Println(m[x], m)",
    ),
    op(
        "printed_whole",
        "*",
        "var x $T = $V\n\tfmt.Println([]$T{x}, map[string]$T{\"k\": x}, [1]$T{x})",
    ),
    op(
        "appended",
        "*",
        "var xs []$T\n\txs = append(xs, $V)\n\txs = append(xs, xs...)\n\tfmt.Println(len(xs), cap(xs) >= 2)",
    ),
    op(
        "ranged_over",
        "*",
        "xs := []$T{$V, $V}\n\tfor i, x := range xs {\n\t\tfmt.Println(i, x)\n\t}",
    ),
    op(
        "channel_ranged",
        "*",
        "c := make(chan $T, 2)\n\tc <- $V\n\tclose(c)\n\tfor x := range c {\n\t\tfmt.Println(x)\n\t}",
    ),
    op(
        "sorted_values",
        "int float string",
        "xs := []$T{$V, $V + $V}\n\tsort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })\n\tslices.Sort(xs)\n\tfmt.Println(xs, slices.Max(xs), slices.Min(xs))",
    ),
    op(
        "atomic_value",
        "*!iface",
        "var v atomic.Value\n\tv.Store($T($V))\n\tx, ok := v.Load().($T)\n\tfmt.Println(x, ok)",
    ),
    op(
        "in_an_any",
        "int float string bool struct array",
        "var x $T = $V\n\tvar a, b any = x, x\n\tfmt.Println(a == b, a != nil)",
    ),
    op_with(
        "generic_switch",
        "*",
        "fmt.Println(kind_$T($T($V)))",
        "func kind_$T[E any](e E) string {\n\tswitch any(e).(type) {\n\tcase $T:\n\t\treturn \"mine\"\n\t}\n\treturn \"other\"\n}",
    ),
    op(
        "shared_by_goroutines",
        "int float",
        "var mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tvar total $T\n\tfor range 4 {\n\t\twg.Go(func() {\n\t\t\tmu.Lock()\n\t\t\ttotal += $V\n\t\t\tmu.Unlock()\n\t\t})\n\t}\n\twg.Wait()\n\tfmt.Println(total)",
    ),
    op_with(
        "method_value",
        "*!iface",
        "var x $T = $V\n\tf := x.Said\n\tg := $T.Said\n\tfmt.Println(f(), g(x))",
        "func (t $T) Said() string { return fmt.Sprint(\"said \", t) }",
    ),
    op(
        "field_updated",
        "*",
        "type keeper struct{ f $T }\n\tvar h keeper\n\th.f = $V\n\tp := &h\n\tp.f = $V\n\tfmt.Println(h.f)",
    ),
    op(
        "array_assigned",
        "*",
        "var arr [2]$T\n\tarr[1] = $V\n\tfmt.Println(arr[1], len(arr))",
    ),
    op(
        "map_entry",
        "*",
        "m := map[string]$T{}\n\tm[\"a\"] = $V\n\tv, ok := m[\"a\"]\n\t_, missing := m[\"b\"]\n\tfmt.Println(v, ok, missing)",
    ),
    op(
        "captured_and_set",
        "*",
        "var x $T\n\tset := func() { x = $V }\n\tset()\n\tfmt.Println(x)",
    ),
    op_with(
        "deferred_result",
        "*",
        "fmt.Println(late_$T())",
        "func late_$T() (out $T) {\n\tdefer func() { out = $V }()\n\treturn\n}",
    ),
    op(
        "select_received",
        "*",
        "c := make(chan $T, 1)\n\tc <- $V\n\tselect {\n\tcase v, ok := <-c:\n\t\tfmt.Println(v, ok)\n\t}",
    ),
    op(
        "swapped",
        "*",
        "a, b := $T($V), $T($V)\n\ta, b = b, a\n\tfmt.Println(a, b)",
    ),
    op(
        "zero_compared",
        "int float string bool struct chan array",
        "var x $T = $V\n\tvar z $T\n\tfmt.Println(z == x, z != x)",
    ),
    op(
        "length",
        "string slice strings bytes map chan array",
        "x := $T($V)\n\tfmt.Println(len(x))",
    ),
    op(
        "as_text",
        "int",
        "var x $T = $V\n\tfmt.Println(string(rune(x)), strconv.FormatInt(int64(x), 10))",
    ),
    op(
        "filled_by_goroutines",
        "*",
        "out := make([]$T, 3)\n\tvar wg sync.WaitGroup\n\tfor i := range 3 {\n\t\twg.Go(func() { out[i] = $V })\n\t}\n\twg.Wait()\n\tfmt.Println(len(out), out[2])",
    ),
    op(
        "pointer_printed",
        "*!iface",
        "var x $T = $V\n\tp := &x\n\tfmt.Printf(\"%v %v\\n\", *p, p != nil)",
    ),
    op_with(
        "generic_pair",
        "*",
        "p := pair2_$T[$T, int]{$V, 1}\n\tfmt.Println(p.first, p.second, p.First())",
        "type pair2_$T[A, B any] struct {\n\tfirst  A\n\tsecond B\n}\n\nfunc (p pair2_$T[A, B]) First() A { return p.first }",
    ),
    op_with(
        "generic_map_fn",
        "*",
        "out := mapped_$T([]$T{$V, $V}, func(x $T) string { return fmt.Sprint(x) })\n\tfmt.Println(len(out), out[0])",
        "func mapped_$T[A, B any](xs []A, f func(A) B) []B {\n\tout := make([]B, 0, len(xs))\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}",
    ),
    op_with(
        "generic_comparable",
        "int string bool struct chan array",
        "fmt.Println(count_eq_$T([]$T{$V, $V}, $V))",
        "func count_eq_$T[E comparable](xs []E, x E) int {\n\tn := 0\n\tfor _, e := range xs {\n\t\tif e == x {\n\t\t\tn++\n\t\t}\n\t}\n\treturn n\n}",
    ),
    op(
        "interface_slice",
        "*",
        "items := []any{$T($V), 1, \"s\"}\n\tfor _, it := range items {\n\t\tif v, ok := it.($T); ok {\n\t\t\tfmt.Println(\"found\", v)\n\t\t}\n\t}",
    ),
    op(
        "buffered_pipeline",
        "*",
        "in := make(chan $T, 3)\n\tout := make(chan $T, 3)\n\tgo func() {\n\t\tfor v := range in {\n\t\t\tout <- v\n\t\t}\n\t\tclose(out)\n\t}()\n\tin <- $V\n\tclose(in)\n\tfor v := range out {\n\t\tfmt.Println(v)\n\t}",
    ),
    op(
        "once_set",
        "*",
        "var once sync.Once\n\tvar x $T\n\tfor range 3 {\n\t\tonce.Do(func() { x = $V })\n\t}\n\tfmt.Println(x)",
    ),
    op(
        "rwmutex_read",
        "*",
        "var mu sync.RWMutex\n\tx := $T($V)\n\tmu.RLock()\n\ty := x\n\tmu.RUnlock()\n\tfmt.Println(y)",
    ),
    op(
        "struct_of_pointers",
        "*!iface",
        "type node struct {\n\tval  $T\n\tnext *node\n\t}\n\tn := &node{val: $V}\n\tn.next = &node{val: $V}\n\tfmt.Println(n.next.val, n.next.next == nil)",
    ),
    op(
        "json",
        "int float string bool slice strings map struct array",
        "b, err := json.Marshal($T($V))\n\tfmt.Println(string(b), err)",
    ),
    op(
        "pointer_type_named",
        // `%T` of a pointer to a func or chan type is not run yet.
        "*!iface!func!chan!handler",
        "var x $T = $V\n\tfmt.Printf(\"%T %T\\n\", &x, []*$T{&x})",
    ),
    op_with(
        "context_value",
        "*",
        "ctx := context.WithValue(context.Background(), ctxKey_$T{}, $T($V))\n\tv, ok := ctx.Value(ctxKey_$T{}).($T)\n\tfmt.Println(v, ok)",
        "type ctxKey_$T struct{}",
    ),
    op(
        "set_ops",
        "set",
        "x := $V\n\tx[\"b\"] = struct{}{}\n\t_, ok := x[\"a\"]\n\tdelete(x, \"a\")\n\tfmt.Println(len(x), ok, x)\n\tfor k := range x {\n\t\tfmt.Println(k)\n\t}",
    ),
    op(
        "grid_ops",
        "grid",
        "x := $V\n\tx[1] = append(x[1], 4)\n\tx = append(x, []int{5})\n\tfor r, row := range x {\n\t\tfor c, v := range row {\n\t\t\tfmt.Println(r, c, v)\n\t\t}\n\t}\n\tfmt.Println(x, len(x[1]))",
    ),
    op(
        "matrix_ops",
        "matrix",
        "x := $V\n\tx[1][0] *= 2\n\ty := x\n\ty[0][0] = 9\n\tfmt.Println(x, y, x == y, len(x[0]))",
    ),
    op(
        "handler_ops",
        "handler",
        "var h $T = $V\n\tfmt.Println(h(\"x\"), h != nil)\n\tfail := $T(func(s string) error { return errors.New(\"bad \" + s) })\n\tfmt.Println(fail(\"y\"))",
    ),
    op(
        "names_ops",
        "names",
        "x := $V\n\tx[3] = \"c\"\n\tkeys := slices.Sorted(maps.Keys(x))\n\tfmt.Println(keys, x[2], len(x), x)",
    ),
    op(
        "ids_ops",
        "ids",
        "x := $V\n\tx = append(x, 3)\n\tslices.Sort(x)\n\tfmt.Println(x, x[len(x)-1], slices.Max(x))",
    ),
];

/// Operations that give the type a `String` method, which changes how every other prints:
/// each in a program of its own.
pub(super) const ALONE: &[Op] = &[
    op_with(
        "stringer",
        "int string",
        "var x $T = $V\n\tfmt.Println(x)\n\tfmt.Printf(\"%v %s %d\\n\", x, x, len(x.String()))",
        "func (t $T) String() string { return \"T!\" }",
    ),
    op_with(
        "implemented",
        "iface",
        "var x $T = label(\"n\")\n\tfmt.Println(x.String(), x)",
        "type label string\n\nfunc (n label) String() string { return \"label \" + string(n) }",
    ),
];
