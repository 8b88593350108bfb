//! The `maps` package's mistakes and those of `slices.IndexFunc`, `ContainsFunc` and
//! `BinarySearch`, worded by Go's type inference, and what syncscope does not run of them yet.

pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "maps_clone_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tn := 3\n\tfmt.Println(maps.Clone(n))\n}\n",
    ),
    (
        "maps_equal_of_other_values",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tseen := map[string]int{}\n\tok := map[string]bool{}\n\tfmt.Println(maps.Equal(seen, ok))\n}\n",
    ),
    (
        "maps_equal_of_slice_values",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tgroups := map[string][]int{}\n\tfmt.Println(maps.Equal(groups, groups))\n}\n",
    ),
    (
        "maps_copy_of_other_values",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tdst := map[string]int{}\n\tsrc := map[string]string{\"a\": \"b\"}\n\tmaps.Copy(dst, src)\n\tfmt.Println(dst)\n}\n",
    ),
    (
        "maps_copy_used_as_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tm := map[string]int{}\n\tfmt.Println(maps.Copy(m, m))\n}\n",
    ),
    (
        "maps_clone_of_two",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tm := map[string]int{}\n\tfmt.Println(maps.Clone(m, m))\n}\n",
    ),
    (
        "maps_equal_of_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tm := map[string]int{}\n\tfmt.Println(maps.Equal(m))\n}\n",
    ),
    (
        "maps_delete_func_of_keys_only",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tm := map[string]int{\"a\": 1}\n\tmaps.DeleteFunc(m, func(k string) bool { return k == \"a\" })\n\tfmt.Println(m)\n}\n",
    ),
    (
        "sorted_values_of_bools",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n\t\"slices\"\n)\n\nfunc main() {\n\tdone := map[string]bool{\"a\": true}\n\tfmt.Println(slices.Sorted(maps.Values(done)))\n}\n",
    ),
    (
        "range_keys_with_two_variables",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\tm := map[string]int{\"a\": 1}\n\tfor k, v := range maps.Keys(m) {\n\t\tfmt.Println(k, v)\n\t}\n}\n",
    ),
    (
        "index_func_of_other_elements",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tids := []int{1, 2}\n\tfmt.Println(slices.IndexFunc(ids, func(s string) bool { return s == \"\" }))\n}\n",
    ),
    (
        "contains_func_of_a_number",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tids := []int{1, 2}\n\tfmt.Println(slices.ContainsFunc(ids, 3))\n}\n",
    ),
    (
        "binary_search_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tids := []int{1, 2}\n\ti, ok := slices.BinarySearch(ids, \"a\")\n\tfmt.Println(i, ok)\n}\n",
    ),
    (
        "binary_search_to_one_variable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tids := []int{1, 2}\n\tn := slices.BinarySearch(ids, 1)\n\tfmt.Println(n)\n}\n",
    ),
    (
        "binary_search_of_bools",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tflags := []bool{false, true}\n\ti, ok := slices.BinarySearch(flags, true)\n\tfmt.Println(i, ok)\n}\n",
    ),
    (
        "index_func_without_a_function",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tids := []int{1, 2}\n\tfmt.Println(slices.IndexFunc(ids))\n}\n",
    ),
];

pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "maps_equal_func",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n)\n\nfunc main() {\n\ta := map[string]int{\"a\": 1}\n\tb := map[string]int{\"a\": 2}\n\tfmt.Println(maps.EqualFunc(a, b, func(x, y int) bool { return x%2 == y%2 }))\n}\n",
    ),
    (
        "map_of_float_keys",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tprices := map[float64]string{1.5: \"tea\"}\n\tfmt.Println(prices[1.5])\n}\n",
    ),
];
