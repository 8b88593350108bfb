//! `sync.Locker` and pointers to values other than structs: Go's mistakes with them, and
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
];
