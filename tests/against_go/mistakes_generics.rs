//! Mistakes with generic functions and their constraints: Go decides every word (see
//! `mistakes`).

/// Name and program; each has one mistake, the first Go reports.
pub(super) const GENERIC_MISTAKES: &[(&str, &str)] = &[
    (
        "generic_not_in_union",
        "package main\n\nimport \"fmt\"\n\ntype Number interface {\n\t~int | ~float64\n}\n\nfunc Sum[T Number](xs ...T) T {\n\tvar total T\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}\n\nfunc main() {\n\tfmt.Println(Sum(\"a\", \"b\"))\n}\n",
    ),
    (
        "generic_not_in_inline_union",
        "package main\n\nimport \"fmt\"\n\nfunc Double[T ~int | ~float64](x T) T {\n\treturn x * 2\n}\n\nfunc main() {\n\tfmt.Println(Double[string](\"x\"))\n}\n",
    ),
    (
        "generic_cannot_infer",
        "package main\n\nimport \"fmt\"\n\nfunc Zero[T any]() T {\n\tvar z T\n\treturn z\n}\n\nfunc main() {\n\tfmt.Println(Zero())\n}\n",
    ),
    (
        "generic_without_instantiation",
        "package main\n\nimport \"fmt\"\n\nfunc Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\nfunc main() {\n\tbiggest := Max\n\tfmt.Println(biggest(1, 2))\n}\n",
    ),
    (
        "generic_too_many_type_args",
        "package main\n\nimport \"fmt\"\n\nfunc Keys[K comparable, V any](m map[K]V) []K {\n\tvar out []K\n\tfor k := range m {\n\t\tout = append(out, k)\n\t}\n\treturn out\n}\n\nfunc main() {\n\tfmt.Println(Keys[string, int, bool](nil))\n}\n",
    ),
    (
        "generic_not_comparable",
        "package main\n\nimport \"fmt\"\n\nfunc Index[T comparable](xs []T, want T) int {\n\tfor i, x := range xs {\n\t\tif x == want {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}\n\nfunc main() {\n\trows := [][]int{{1}, {2}}\n\tfmt.Println(Index(rows, []int{2}))\n}\n",
    ),
    (
        "generic_mixed_constants",
        "package main\n\nimport \"fmt\"\n\nfunc Pair[T any](a, b T) []T {\n\treturn []T{a, b}\n}\n\nfunc main() {\n\tfmt.Println(Pair(1, \"one\"))\n}\n",
    ),
    (
        "generic_mixed_types",
        "package main\n\nimport \"fmt\"\n\nfunc Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\nfunc main() {\n\tcount, ratio := 3, 0.5\n\tfmt.Println(Max(count, ratio))\n}\n",
    ),
    (
        "generic_missing_method",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n}\n\nfunc Total[S Shape](shapes []S) float64 {\n\tsum := 0.0\n\tfor _, s := range shapes {\n\t\tsum += s.Area()\n\t}\n\treturn sum\n}\n\nfunc main() {\n\tfmt.Println(Total([]float64{1, 2}))\n}\n",
    ),
    (
        "generic_type_uninstantiated",
        "package main\n\nimport \"fmt\"\n\ntype Stack[T any] struct {\n\titems []T\n}\n\nfunc main() {\n\tvar s Stack\n\tfmt.Println(s)\n}\n",
    ),
    (
        "generic_type_too_many_args",
        "package main\n\nimport \"fmt\"\n\ntype Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\nfunc main() {\n\tp := Pair[string, int, bool]{}\n\tfmt.Println(p)\n}\n",
    ),
    (
        "generic_type_not_comparable",
        "package main\n\nimport \"fmt\"\n\ntype Set[T comparable] struct {\n\titems map[T]bool\n}\n\nfunc main() {\n\tvar s Set[[]string]\n\tfmt.Println(s.items)\n}\n",
    ),
    (
        "generic_method_result",
        "package main\n\nimport \"fmt\"\n\ntype Box[T any] struct {\n\tv T\n}\n\nfunc (b Box[T]) Get() T { return b.v }\n\nfunc main() {\n\tb := Box[int]{v: 1}\n\tvar s string = b.Get()\n\tfmt.Println(s)\n}\n",
    ),
    (
        "generic_plus_on_any",
        "package main\n\nimport \"fmt\"\n\nfunc Sum[T any](xs []T) T {\n\tvar total T\n\tfor _, x := range xs {\n\t\ttotal = total + x\n\t}\n\treturn total\n}\n\nfunc Add[T any](a, b T) T {\n\treturn a + b\n}\n\nfunc main() {\n\tfmt.Println(Add(1, 2), Sum([]int{3}))\n}\n",
    ),
    (
        "generic_less_on_comparable",
        "package main\n\nimport \"fmt\"\n\nfunc Max[T comparable](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\nfunc main() {\n\tfmt.Println(Max(3, 7))\n}\n",
    ),
    (
        "generic_instantiation_cycle",
        "package main\n\nimport \"fmt\"\n\nfunc Nest[T any](depth int, v T) {\n\tif depth == 0 {\n\t\tfmt.Println(v)\n\t\treturn\n\t}\n\tNest(depth-1, []T{v})\n}\n\nfunc main() {\n\tNest(2, \"core\")\n}\n",
    ),
    (
        "generic_slice_of_other_elements",
        "package main\n\nimport \"fmt\"\n\ntype vector[T any] []T\n\nfunc main() {\n\tvar v vector[int] = []string{\"a\"}\n\tfmt.Println(v)\n}\n",
    ),
    (
        "generic_func_type_argument_mismatch",
        "package main\n\nimport \"fmt\"\n\ntype workFn[In, Out any] func(In) Out\n\nfunc apply[In, Out any](x In, f workFn[In, Out]) Out { return f(x) }\n\nfunc main() {\n\tfmt.Println(apply(3, func(s string) int { return len(s) }))\n}\n",
    ),
    (
        "generic_interface_union_not_met",
        "package main\n\nimport \"fmt\"\n\ntype Slice[T any] interface {\n\t~[]T\n}\n\nfunc first[S Slice[T], T any](s S) T {\n\treturn s[0]\n}\n\nfunc main() {\n\tfmt.Println(first[map[int]int, int](map[int]int{0: 1}))\n}\n",
    ),
    (
        "generic_interface_method_missing_inferred",
        "package main\n\nimport \"fmt\"\n\ntype person struct{ name string }\n\nfunc (p person) match(v person) bool { return p.name == v.name }\n\ntype food struct{ name string }\n\ntype matcher[T any] interface {\n\tperson | food\n\tmatch(v T) bool\n}\n\nfunc find[T matcher[T]](list []T, x T) int {\n\tfor i, v := range list {\n\t\tif v.match(x) {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}\n\nfunc main() {\n\tfmt.Println(find([]food{{\"apple\"}}, food{\"apple\"}))\n}\n",
    ),
    (
        "generic_interface_method_missing",
        "package main\n\nimport \"fmt\"\n\ntype person struct{ name string }\n\nfunc (p person) match(v person) bool { return p.name == v.name }\n\ntype food struct{ name string }\n\ntype matcher[T any] interface {\n\tperson | food\n\tmatch(v T) bool\n}\n\nfunc find[T matcher[T]](list []T, x T) int {\n\tfor i, v := range list {\n\t\tif v.match(x) {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}\n\nfunc main() {\n\tfmt.Println(find[food]([]food{{\"apple\"}}, food{\"apple\"}))\n}\n",
    ),
    (
        "in_place_union_outside",
        "package main\n\nimport \"fmt\"\n\nfunc keep[E interface{ ~int | ~float64 }](e E) E { return e }\n\nfunc main() {\n\tfmt.Println(keep(\"s\"))\n}\n",
    ),
    (
        "in_place_term_written_outside",
        "package main\n\nimport \"fmt\"\n\nfunc keep[E interface{ ~int }](e E) E { return e }\n\nfunc main() {\n\tfmt.Println(keep[string](\"s\"))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses in one line.
pub(super) const GENERIC_NOT_RUN_YET: &[(&str, &str)] = &[(
    "generic_basic_type",
    "package main\n\nimport \"fmt\"\n\ntype Tagged[T any] int\n\nfunc main() {\n\tvar t Tagged[string] = 3\n\tfmt.Println(t + 1)\n}\n",
)];
