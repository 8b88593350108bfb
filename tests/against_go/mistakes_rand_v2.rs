//! The mistakes of `math/rand/v2` and what syncscope does not run of it yet, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "rand_v2_intn_spelt_as_v1",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tfmt.Println(rand.Intn(6))\n}\n",
    ),
    (
        "rand_v2_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tfmt.Println(\"dice\")\n}\n",
    ),
    (
        "rand_v2_renamed_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\tr2 \"math/rand/v2\"\n)\n\nfunc main() {\n\tfmt.Println(\"dice\")\n}\n",
    ),
    (
        "rand_v2_intn_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewPCG(1, 2))\n\tfmt.Println(r.IntN(\"six\"))\n}\n",
    ),
    (
        "rand_v2_pcg_has_no_intn",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tsrc := rand.NewPCG(1, 2)\n\tfmt.Println(src.IntN(6))\n}\n",
    ),
    (
        "rand_v2_negative_seed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewPCG(-1, 2))\n\tfmt.Println(r.IntN(6))\n}\n",
    ),
    (
        "rand_v1_and_v2_both",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tfmt.Println(rand.IntN(6))\n}\n",
    ),
    (
        "rand_v2_pcg_has_no_shuffle",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tsrc := rand.NewPCG(1, 2)\n\tn := []int{1, 2}\n\tsrc.Shuffle(2, func(i, j int) { n[i], n[j] = n[j], n[i] })\n\tfmt.Println(n)\n}\n",
    ),
    (
        "rand_shuffle_of_a_string_count",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n)\n\nfunc main() {\n\tn := []int{1, 2}\n\trand.Shuffle(\"2\", func(i, j int) { n[i], n[j] = n[j], n[i] })\n\tfmt.Println(n)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "rand_v2_chacha8",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tvar seed [32]byte\n\tr := rand.New(rand.NewChaCha8(seed))\n\tfmt.Println(r.IntN(6))\n}\n",
    ),
    (
        "rand_v2_uint64",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewPCG(1, 2))\n\tfmt.Println(r.Uint64())\n}\n",
    ),
];
