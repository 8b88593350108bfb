//! The mistakes of `sync.Cond` (`sync.NewCond`, its methods, `c.L`), and what syncscope
//! does not run of it and of `sync.Pool`, checked as `mistakes.rs` checks its own: Go decides
//! each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "cond_field_not_imported",
        "package main\n\nimport \"fmt\"\n\ntype Queue struct {\n\tcond  *sync.Cond\n\titems []int\n}\n\nfunc main() {\n\tvar q Queue\n\tfmt.Println(len(q.items))\n}\n",
    ),
    (
        "cond_l_rlock",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar rw sync.RWMutex\n\tc := sync.NewCond(&rw)\n\tc.L.RLock()\n\tc.Wait()\n}\n",
    ),
    (
        "cond_mutex_value",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(mu)\n\tc.Signal()\n}\n",
    ),
    (
        "cond_no_locker",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tc := sync.NewCond()\n\tc.Broadcast()\n}\n",
    ),
    (
        "cond_no_such_method",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tc.SignalAll()\n}\n",
    ),
    (
        "cond_not_used",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tready := sync.NewCond(&mu)\n\tmu.Lock()\n\tmu.Unlock()\n}\n",
    ),
    (
        "cond_signal_args",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tc.Signal(1)\n}\n",
    ),
    (
        "cond_two_lockers",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar a, b sync.Mutex\n\tc := sync.NewCond(&a, &b)\n\tc.Broadcast()\n}\n",
    ),
    (
        "cond_wait_value",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tmu.Lock()\n\tok := c.Wait()\n\t_ = ok\n}\n",
    ),
];

/// Valid Go that syncscope does not run yet: an RLocker kept in a variable, a `sync.Cond` value of its own, `c.L` as a value.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "cond_by_value",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar c sync.Cond\n\tc.L = &mu\n\tc.Signal()\n}\n",
    ),
    (
        "cond_l_as_value",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tl := c.L\n\tl.Lock()\n\tc.Signal()\n\tl.Unlock()\n}\n",
    ),
    (
        "cond_rlocker_variable",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar rw sync.RWMutex\n\treaders := rw.RLocker()\n\tc := sync.NewCond(readers)\n\tc.L.Lock()\n\tc.Broadcast()\n\tc.L.Unlock()\n}\n",
    ),
];
