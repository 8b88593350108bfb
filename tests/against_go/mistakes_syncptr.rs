//! `sync.Locker`, pointers to values other than structs, atomics through them and
//! `runtime.MemStats`: Go's mistakes with them, and
//! what syncscope does not run of them, checked as `mistakes.rs` checks its own: Go decides
//! each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "locker_of_a_mutex_value",
        "package main\n\nimport \"sync\"\n\nfunc hold(l sync.Locker) {\n\tl.Lock()\n\tl.Unlock()\n}\n\nfunc main() {\n\tvar mu sync.Mutex\n\thold(mu)\n}\n",
    ),
    (
        "locker_of_an_rwmutex_value",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar rw sync.RWMutex\n\tvar l sync.Locker = rw\n\tl.Lock()\n\tl.Unlock()\n}\n",
    ),
    (
        "locker_of_a_waitgroup",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tvar l sync.Locker = &wg\n\tl.Lock()\n}\n",
    ),
    (
        "locker_value_receivers_only",
        "package main\n\nimport \"sync\"\n\ntype gate struct{}\n\nfunc (g *gate) Lock()   {}\nfunc (g *gate) Unlock() {}\n\nfunc main() {\n\tvar g gate\n\tvar l sync.Locker = g\n\tl.Lock()\n}\n",
    ),
    (
        "locker_missing_unlock",
        "package main\n\nimport \"sync\"\n\ntype gate struct{}\n\nfunc (g *gate) Lock() {}\n\nfunc main() {\n\tvar l sync.Locker = &gate{}\n\tl.Lock()\n}\n",
    ),
    (
        "locker_has_no_rlock",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar rw sync.RWMutex\n\tvar l sync.Locker = rw.RLocker()\n\tl.RLock()\n}\n",
    ),
    (
        "locker_lock_with_an_argument",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar l sync.Locker = &mu\n\tl.Lock(true)\n}\n",
    ),
    (
        "atomic_through_a_pointer_of_another_width",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc bump(n *int64) {\n\tatomic.AddInt32(n, 1)\n}\n\nfunc main() {\n\tvar n int64\n\tbump(&n)\n\tfmt.Println(n)\n}\n",
    ),
    (
        "atomic_through_a_value_not_a_pointer",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n int32\n\tp := &n\n\tfmt.Println(atomic.LoadInt32(*p))\n}\n",
    ),
    (
        "slice_pointer_indexed_without_star",
        "package main\n\nimport \"fmt\"\n\nfunc first(xs *[]int) int {\n\treturn xs[0]\n}\n\nfunc main() {\n\txs := []int{1}\n\tfmt.Println(first(&xs))\n}\n",
    ),
    (
        "memstats_without_address",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tvar m runtime.MemStats\n\truntime.ReadMemStats(m)\n\tfmt.Println(m.Alloc)\n}\n",
    ),
    (
        "memstats_no_such_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tvar m runtime.MemStats\n\truntime.ReadMemStats(&m)\n\tfmt.Println(m.Allocs)\n}\n",
    ),
    (
        "memstats_uint64_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tvar m runtime.MemStats\n\truntime.ReadMemStats(&m)\n\tvar mib int = m.Alloc / 1024 / 1024\n\tfmt.Println(mib)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "locker_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar l sync.Locker = &mu\n\tfmt.Println(l)\n}\n",
    ),
    (
        "mutex_in_an_interface_with_try_lock",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype tryLocker interface {\n\tLock()\n\tTryLock() bool\n}\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar l tryLocker = &mu\n\tl.Lock()\n\tfmt.Println(l.TryLock())\n}\n",
    ),
    (
        "locker_conversion",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tl := sync.Locker(&mu)\n\tl.Lock()\n\tl.Unlock()\n}\n",
    ),
    (
        "mutex_in_an_interface_of_the_file",
        "package main\n\nimport \"sync\"\n\ntype locker interface {\n\tLock()\n\tUnlock()\n}\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar l locker = &mu\n\tl.Lock()\n\tdefer l.Unlock()\n}\n",
    ),
    (
        "struct_with_a_locker_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype account struct {\n\tname string\n\tmu   sync.Locker\n}\n\nfunc main() {\n\tvar mu sync.Mutex\n\ta := account{name: \"ada\", mu: &mu}\n\tfmt.Printf(\"%v\\n\", a)\n}\n",
    ),
    (
        "memstats_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tvar m runtime.MemStats\n\truntime.ReadMemStats(&m)\n\tfmt.Printf(\"%+v\\n\", m)\n}\n",
    ),
];
