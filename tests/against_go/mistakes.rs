//! The mistakes beginners make, refused by syncscope as Go's compiler refuses them: each
//! program here is built by `go build` too, and syncscope's message must be Go's, word for
//! word, at Go's line and column. Go says a count mistake's "have (...)" and "want (...)" on
//! lines of their own, which syncscope keeps on the one line; other lines Go adds (where else
//! a name is declared) syncscope leaves out. A syntax error is tree-sitter's, so only its
//! kind and line are Go's.

use super::go;
use super::mistakes_anon::{MISTAKES as ANON, NOT_RUN_YET as ANON_NOT_RUN};
use super::mistakes_codecs::{MISTAKES as CODECS, NOT_RUN_YET as CODECS_NOT_RUN};
use super::mistakes_composite::{MISTAKES as COMPOSITE, NOT_RUN_YET as COMPOSITE_NOT_RUN};
use super::mistakes_conds::{MISTAKES as CONDS, NOT_RUN_YET as CONDS_NOT_RUN};
use super::mistakes_context::{MISTAKES as CONTEXT, NOT_RUN_YET as CONTEXT_NOT_RUN};
use super::mistakes_digests::{MISTAKES as DIGESTS, NOT_RUN_YET as DIGESTS_NOT_RUN};
use super::mistakes_files::{MISTAKES as FILES, NOT_RUN_YET as FILES_NOT_RUN};
use super::mistakes_forms::MISTAKES as FORMS;
use super::mistakes_gaps::{MISTAKES as GAPS, NOT_RUN_YET as GAPS_NOT_RUN};
use super::mistakes_generics::{GENERIC_MISTAKES, GENERIC_NOT_RUN_YET};
use super::mistakes_imports::{MISTAKES as IMPORTS, NOT_RUN_YET as IMPORTS_NOT_RUN};
use super::mistakes_ints::{MISTAKES as INTS, NOT_RUN_YET as INTS_NOT_RUN};
use super::mistakes_iter::{MISTAKES as ITER, NOT_RUN_YET as ITER_NOT_RUN};
use super::mistakes_json::{MISTAKES as JSON, NOT_RUN_YET as JSON_NOT_RUN};
use super::mistakes_library::{MISTAKES as LIBRARY, NOT_RUN_YET as LIBRARY_NOT_RUN};
use super::mistakes_maps::{MISTAKES as MAPS, NOT_RUN_YET as MAPS_NOT_RUN};
use super::mistakes_months::{MISTAKES as MONTHS, NOT_RUN_YET as MONTHS_NOT_RUN};
use super::mistakes_operands::MISTAKES as OPERANDS;
use super::mistakes_rand_v2::{MISTAKES as RAND_V2, NOT_RUN_YET as RAND_V2_NOT_RUN};
use super::mistakes_slog::{MISTAKES as SLOG, NOT_RUN_YET as SLOG_NOT_RUN};
use super::mistakes_small::{MISTAKES as SMALL, NOT_RUN_YET as SMALL_NOT_RUN};
use super::mistakes_syncptr::{MISTAKES as SYNCPTR, NOT_RUN_YET as SYNCPTR_NOT_RUN};
use super::mistakes_template::{MISTAKES as TEMPLATE, NOT_RUN_YET as TEMPLATE_NOT_RUN};
use super::mistakes_text::{MISTAKES as TEXT, NOT_RUN_YET as TEXT_NOT_RUN};
use super::mistakes_times::{MISTAKES as TIMES, NOT_RUN_YET as TIMES_NOT_RUN};
use super::mistakes_types::{TYPE_MISTAKES, TYPE_NOT_RUN_YET};
use super::mistakes_unicode::{MISTAKES as UNICODE, NOT_RUN_YET as UNICODE_NOT_RUN};
use super::mistakes_urls::{MISTAKES as URLS, NOT_RUN_YET as URLS_NOT_RUN};
use super::mistakes_writers::{MISTAKES as WRITERS, NOT_RUN_YET as WRITERS_NOT_RUN};
use super::mistakes_xml::{MISTAKES as XML, NOT_RUN_YET as XML_NOT_RUN};
use std::collections::HashMap;

/// Name and program; each has one mistake, the first Go reports.
const MISTAKES: &[(&str, &str)] = &[
    (
        "misspelled",
        "package main\n\nimport \"fmt\"\n\nvar results = []string{}\n\nfunc main() {\n\tresults = append(resutls, \"x\")\n\tfmt.Println(results)\n}\n",
    ),
    (
        "unused_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tcount := 0\n\ttotal := 1\n\tfmt.Println(total)\n\tcount = 2\n}\n",
    ),
    (
        "unused_import",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    ),
    (
        "too_few_arguments",
        "package main\n\nfunc add(a int, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\t_ = add(1)\n}\n",
    ),
    (
        "no_arguments",
        "package main\n\nfunc add(a int, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\t_ = add()\n}\n",
    ),
    (
        "too_many_arguments",
        "package main\n\nfunc greet(name string) {}\n\nfunc main() {\n\tgreet(\"ada\", 2)\n}\n",
    ),
    (
        "string_as_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar n int = \"hello\"\n\tfmt.Println(n)\n}\n",
    ),
    (
        "sleep_of_a_string",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Sleep(\"1s\")\n}\n",
    ),
    (
        "mismatched_types",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := 2.5\n\tfmt.Println(x + y)\n}\n",
    ),
    (
        "float_delay_times_duration",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tvar delay float32 = 20\n\ttime.Sleep(delay * time.Millisecond)\n}\n",
    ),
    (
        "rlock_on_a_mutex",
        "package main\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\nfunc main() {\n\tmu.RLock()\n}\n",
    ),
    (
        "wait_used_as_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar wg sync.WaitGroup\n\nfunc main() {\n\tfmt.Println(wg.Wait())\n}\n",
    ),
    (
        "min_of_mismatched_types",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1; y := 2.5; fmt.Println(min(x, y))\n\tfmt.Print()\n}\n",
    ),
    (
        "max_of_untyped_int_and_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(max(1, \"a\"))\n\tfmt.Print()\n}\n",
    ),
    (
        "min_truncates_a_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1; fmt.Println(min(2, 3.5, x))\n\tfmt.Print()\n}\n",
    ),
    (
        "max_of_bools",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar b bool; fmt.Println(max(b, b))\n\tfmt.Print()\n}\n",
    ),
    (
        "min_of_nothing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(min())\n\tfmt.Print()\n}\n",
    ),
    (
        "clear_of_an_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 3; clear(x)\n\tfmt.Print()\n}\n",
    ),
    (
        "clear_used_as_value",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(clear(map[int]int{}))\n\tfmt.Print()\n}\n",
    ),
    (
        "gosched_with_an_argument",
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\truntime.Gosched(1)\n}\n",
    ),
    (
        "gosched_used_as_value",
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tx := runtime.Gosched(); _ = x\n}\n",
    ),
    (
        "gomaxprocs_of_a_string",
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tn := runtime.GOMAXPROCS(\"2\"); _ = n\n}\n",
    ),
    (
        "once_do_of_an_int",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tvar once sync.Once; once.Do(1)\n}\n",
    ),
    (
        "once_done_undefined",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tvar once sync.Once; once.Done()\n}\n",
    ),
    (
        "once_do_used_as_value",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tvar once sync.Once; x := once.Do(func() {}); _ = x\n}\n",
    ),
    (
        "once_value_of_a_number",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tf := sync.OnceValue(42); _ = f\n}\n",
    ),
    (
        "once_values_of_one_result",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tf := sync.OnceValues(work); _ = f\n}\n",
    ),
    (
        "after_func_without_a_function",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.AfterFunc(time.Second)\n}\n",
    ),
    (
        "after_func_of_an_int",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.AfterFunc(time.Second, 5); _ = t\n}\n",
    ),
    (
        "atomic_bool_has_no_add",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar b atomic.Bool; b.Add(1)\n}\n",
    ),
    (
        "atomic_value_has_no_add",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar v atomic.Value\n\tv.Store(1)\n\tv.Add(1)\n}\n",
    ),
    (
        "atomic_pointer_store_of_an_int",
        "package main\n\nimport \"sync/atomic\"\n\ntype config struct{ n int }\n\nfunc main() {\n\tvar p atomic.Pointer[config]\n\tp.Store(5)\n}\n",
    ),
    (
        "atomic_pointer_has_no_add",
        "package main\n\nimport \"sync/atomic\"\n\ntype config struct{ n int }\n\nfunc main() {\n\tvar p atomic.Pointer[config]\n\tp.Add(1)\n}\n",
    ),
    (
        "compare_and_swap_of_one",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar x atomic.Int64; x.CompareAndSwap(1)\n}\n",
    ),
    (
        "compare_and_swap_int64_of_a_string",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar x int64; _ = atomic.CompareAndSwapInt64(&x, 1, \"a\")\n}\n",
    ),
    (
        "range_over_undefined_still_uses_its_body",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnames := []string{\"ann\"}\n\tfor i, ms := range rounds[0] {\n\t\tfmt.Println(names[i], ms)\n\t}\n}\n",
    ),
    (
        "undefined_field_said_on_the_right_of_its_append",
        "package main\n\ntype batch struct{ n int }\n\nfunc main() {\n\tb := &batch{}\n\tb.sizes = append(b.sizes, 1)\n}\n",
    ),
    (
        "wg_go_without_a_function",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Go()\n\twg.Wait()\n}\n",
    ),
    (
        "missing_return",
        "package main\n\nfunc sign(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() {\n\t_ = sign(2)\n}\n",
    ),
    (
        "break_outside_a_loop",
        "package main\n\nfunc main() {\n\tbreak\n}\n",
    ),
    (
        "no_new_variables",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx := 2\n\tfmt.Println(x)\n}\n",
    ),
    (
        "assignment_mismatch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := 1\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "undefined_function",
        "package main\n\nfunc main() {\n\tstart()\n}\n",
    ),
    (
        "undefined_in_package",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Prinln(\"hi\")\n}\n",
    ),
    (
        "non_boolean_condition",
        "package main\n\nfunc main() {\n\tn := 1\n\tif n {\n\t}\n}\n",
    ),
    (
        "syntax_missing_paren",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
    ),
    (
        "send_to_receive_only",
        "package main\n\nfunc main() {\n\tvar ch <-chan int\n\tch <- 1\n}\n",
    ),
    (
        "receive_from_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int, 1)\n\tfmt.Println(<-ch)\n}\n",
    ),
    (
        "close_of_receive_only",
        "package main\n\nfunc drain(ch <-chan int) {\n\tclose(ch)\n}\n\nfunc main() {\n\tdrain(make(chan int))\n}\n",
    ),
    (
        "send_of_the_wrong_type",
        "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- \"hello\"\n}\n",
    ),
    (
        "received_into_the_wrong_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tvar n int = <-ch\n\tfmt.Println(n)\n}\n",
    ),
    (
        "range_over_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc show(ch chan<- int) {\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n}\n\nfunc main() {\n\tshow(nil)\n}\n",
    ),
    (
        "send_in_select_to_receive_only",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tselect {\n\tcase time.After(time.Second) <- time.Now():\n\t}\n}\n",
    ),
    (
        "case_variable_unused",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase v := <-ch:\n\t}\n}\n",
    ),
    (
        "label_unused",
        "package main\n\nfunc main() {\nloop:\n\tfor {\n\t\tbreak\n\t}\n}\n",
    ),
    (
        "break_label_undefined",
        "package main\n\nfunc main() {\n\tfor {\n\t\tbreak loop\n\t}\n}\n",
    ),
    (
        "continue_label_not_around",
        "package main\n\nfunc main() {\nouter:\n\tfor {\n\t\tbreak outer\n\t}\n\tfor {\n\t\tcontinue outer\n\t}\n}\n",
    ),
    (
        "negative_buffer",
        "package main\n\nfunc main() {\n\tconst n = -2\n\tch := make(chan int, n)\n\t_ = ch\n}\n",
    ),
    (
        "truncated_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar n int = 2.5\n\tfmt.Println(n)\n}\n",
    ),
    (
        "call_non_function",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx()\n\tfmt.Println(x)\n}\n",
    ),
    (
        "len_of_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(len(x))\n}\n",
    ),
    (
        "cap_of_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(cap(x))\n}\n",
    ),
    (
        "len_no_args",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(len())\n}\n",
    ),
    (
        "len_two_args",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfmt.Println(len(s, s))\n}\n",
    ),
    (
        "append_nothing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(append())\n}\n",
    ),
    (
        "append_to_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(append(x, 2))\n}\n",
    ),
    (
        "conversion_missing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(int())\n}\n",
    ),
    (
        "conversion_too_many",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(int(1, 2))\n}\n",
    ),
    (
        "convert_string_to_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"1\"\n\tfmt.Println(int(s))\n}\n",
    ),
    (
        "convert_truncated",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(int(2.5))\n}\n",
    ),
    (
        "make_nothing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make()\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "close_nothing",
        "package main\n\nfunc main() {\n\tclose()\n}\n",
    ),
    (
        "close_two",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tclose(ch, ch)\n}\n",
    ),
    (
        "close_non_channel",
        "package main\n\nfunc main() {\n\tx := 1\n\tclose(x)\n}\n",
    ),
    (
        "close_receive_only",
        "package main\n\nfunc main() {\n\tch := make(<-chan int)\n\tclose(ch)\n}\n",
    ),
    (
        "make_three",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1, 2)\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "make_size_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, \"x\")\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "make_size_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 2.5)\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "make_size_var_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 2.0\n\tch := make(chan int, f)\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "make_size_negative",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, -1)\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "make_size_named_negative",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst n = -2\n\tch := make(chan int, n)\n\tfmt.Println(ch)\n}\n",
    ),
    (
        "send_to_non_channel",
        "package main\n\nfunc main() {\n\tx := 1\n\tx <- 1\n}\n",
    ),
    (
        "receive_from_non_channel",
        "package main\n\nfunc main() {\n\tx := 1\n\t<-x\n}\n",
    ),
    (
        "comma_ok_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int, 1)\n\tv, ok := <-ch\n\tfmt.Println(v, ok)\n}\n",
    ),
    (
        "send_string_var",
        "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\ts := \"x\"\n\tch <- s\n}\n",
    ),
    (
        "range_two_over_chan",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tfor i, v := range ch {\n\t\tfmt.Println(i, v)\n\t}\n}\n",
    ),
    (
        "recv_only_to_both",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar r <-chan int\n\tvar c chan int = r\n\tfmt.Println(c)\n}\n",
    ),
    (
        "chan_mismatch_compare",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c chan int\n\tvar d chan string\n\tfmt.Println(c == d)\n}\n",
    ),
    (
        "comma_ok_into_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tvar s, ok int\n\ts, ok = <-ch\n\tfmt.Println(s, ok)\n}\n",
    ),
    (
        "comma_ok_wrong_elem",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string, 1)\n\tvar s int\n\tvar ok bool\n\ts, ok = <-ch\n\tfmt.Println(s, ok)\n}\n",
    ),
    (
        "comma_ok_non_name",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\ts := []int{1}\n\ts[0], ok := <-ch\n\tfmt.Println(s, ok)\n}\n",
    ),
    (
        "comma_ok_no_new",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tv, ok := 1, true\n\tv, ok := <-ch\n\tfmt.Println(v, ok)\n}\n",
    ),
    (
        "nil_define",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := nil\n\tfmt.Println(x)\n}\n",
    ),
    (
        "nil_var",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x = nil\n\tfmt.Println(x)\n}\n",
    ),
    (
        "nil_var_two",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x, y = 1, nil\n\tfmt.Println(x, y)\n}\n",
    ),
    (
        "continue_in_select",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase ch <- 1:\n\t\tcontinue\n\t}\n}\n",
    ),
    (
        "select_multiple_defaults",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase <-ch:\n\tdefault:\n\tdefault:\n\t}\n}\n",
    ),
    (
        "select_case_not_comm",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tselect {\n\tcase x = 2:\n\t}\n\tfmt.Println(x)\n}\n",
    ),
    (
        "select_three_vars",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase a, b, c := <-ch:\n\t\tfmt.Println(a, b, c)\n\t}\n}\n",
    ),
    (
        "switch_multiple_defaults",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tdefault:\n\tdefault:\n\t}\n}\n",
    ),
    (
        "switch_fallthrough_final",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}\n",
    ),
    (
        "fallthrough_out_of_place",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t\tx++\n\tcase 2:\n\t}\n}\n",
    ),
    (
        "switch_case_string_on_int",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase \"a\":\n\t}\n}\n",
    ),
    (
        "switch_case_mismatched",
        "package main\n\nfunc main() {\n\tx := 1\n\ts := \"a\"\n\tswitch x {\n\tcase s:\n\t}\n}\n",
    ),
    (
        "switch_true_int",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch {\n\tcase x:\n\t}\n}\n",
    ),
    (
        "switch_duplicate",
        "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1, 1:\n\t}\n}\n",
    ),
    (
        "unary_minus_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\tfmt.Println(-s)\n}\n",
    ),
    (
        "not_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(!x)\n}\n",
    ),
    (
        "constant_truncated",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x + 2.5)\n}\n",
    ),
    (
        "chan_plus",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c chan int\n\tfmt.Println(c + c)\n}\n",
    ),
    (
        "chan_less",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c chan int\n\tfmt.Println(c < c)\n}\n",
    ),
    (
        "string_minus",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\tfmt.Println(s - s)\n}\n",
    ),
    (
        "bool_less",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tb := true\n\tfmt.Println(b < b)\n}\n",
    ),
    (
        "slice_compare",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfmt.Println(s == s)\n}\n",
    ),
    (
        "float_rem",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 2.5\n\tfmt.Println(f % f)\n}\n",
    ),
    (
        "string_and",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\tfmt.Println(s && s)\n}\n",
    ),
    (
        "atomic_no_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tn.Foo()\n\tfmt.Println(n.Load())\n}\n",
    ),
    (
        "atomic_alone_no_method",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar n atomic.Int64\n\tn.Foo()\n}\n",
    ),
    (
        "atomic_add_wrong_pointer",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tx := 1\n\tatomic.AddInt64(&x, 1)\n\tfmt.Println(x)\n}\n",
    ),
    (
        "atomic_load_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tvar x int = n.Load()\n\tfmt.Println(x)\n}\n",
    ),
    (
        "define_non_name",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\ts[0] := 2\n\tfmt.Println(s)\n}\n",
    ),
    (
        "assignment_mismatch_values",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := 1, 2\n\tfmt.Println(a)\n}\n",
    ),
    (
        "assign_mismatch_eq",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := 1, 2\n\ta, b = 1\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "assign_string_to_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx = \"a\"\n\tfmt.Println(x)\n}\n",
    ),
    (
        "assign_var_to_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ts := \"a\"\n\tx = s\n\tfmt.Println(x)\n}\n",
    ),
    (
        "op_assign_two",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := 1, 2\n\ta, b += 1, 2\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "var_mismatch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int = 1\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "global_var_mismatch",
        "package main\n\nimport \"fmt\"\n\nvar a, b = 1, 2, 3\n\nfunc main() {\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "global_missing_init",
        "package main\n\nimport \"fmt\"\n\nvar a, b, c = 1, 2\n\nfunc main() {\n\tfmt.Println(a, b, c)\n}\n",
    ),
    (
        "global_one_for_two",
        "package main\n\nimport \"fmt\"\n\nvar a, b = 1\n\nfunc main() {\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "global_redeclared",
        "package main\n\nimport \"fmt\"\n\nvar a = 1\nvar a = 2\n\nfunc main() {\n\tfmt.Println(a)\n}\n",
    ),
    (
        "func_redeclared",
        "package main\n\nfunc f() {}\nfunc f() {}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "const_not_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tconst c = x\n\tfmt.Println(c)\n}\n",
    ),
    (
        "var_typed_wrong",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\tvar n int = s\n\tfmt.Println(n)\n}\n",
    ),
    (
        "assign_to_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst c = 1\n\tc = 2\n\tfmt.Println(c)\n}\n",
    ),
    (
        "assign_to_func",
        "package main\n\nfunc f() {}\n\nfunc main() {\n\tf = nil\n}\n",
    ),
    (
        "assign_to_package",
        "package main\n\nfunc main() {\n\tfmt = 1\n}\n",
    ),
    (
        "assign_to_undefined",
        "package main\n\nfunc main() {\n\ty = 1\n}\n",
    ),
    (
        "assign_to_call",
        "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tf() = 1\n}\n",
    ),
    (
        "incdec_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\ts++\n\tfmt.Println(s)\n}\n",
    ),
    (
        "op_assign_string_minus",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"a\"\n\ts -= \"b\"\n\tfmt.Println(s)\n}\n",
    ),
    (
        "op_assign_int_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx += \"a\"\n\tfmt.Println(x)\n}\n",
    ),
    (
        "op_assign_int_var_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ts := \"a\"\n\tx += s\n\tfmt.Println(x)\n}\n",
    ),
    (
        "op_assign_float_rem",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 2.5\n\tf %= 2.0\n\tfmt.Println(f)\n}\n",
    ),
    (
        "op_assign_field_string",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ts string\n}\n\nfunc main() {\n\tt := T{}\n\tt.s -= \"b\"\n\tfmt.Println(t)\n}\n",
    ),
    (
        "op_assign_truncated",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx += 1.5\n\tfmt.Println(x)\n}\n",
    ),
    (
        "map_op_assign_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]string{}\n\tm[\"a\"] -= \"b\"\n\tfmt.Println(m)\n}\n",
    ),
    (
        "no_value_used",
        "package main\n\nimport \"fmt\"\n\nfunc f() {}\n\nfunc main() {\n\tx := f()\n\tfmt.Println(x)\n}\n",
    ),
    (
        "multi_value_single",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) { return 1, \"a\" }\n\nfunc main() {\n\tfmt.Println(two() + 1)\n}\n",
    ),
    (
        "blank_as_value",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := _\n\tfmt.Println(x)\n}\n",
    ),
    (
        "package_without_selector",
        "package main\n\nfunc main() {\n\tx := fmt\n\t_ = x\n}\n",
    ),
    (
        "undefined_name",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(resutls)\n}\n",
    ),
    (
        "index_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x[0])\n}\n",
    ),
    (
        "unknown_field",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n}\n\nfunc main() {\n\tt := T{z: 1}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "mixture",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n\ty int\n}\n\nfunc main() {\n\tt := T{x: 1, 2}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "too_few_values",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n\ty int\n}\n\nfunc main() {\n\tt := T{1}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "too_many_values",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n\ty int\n}\n\nfunc main() {\n\tt := T{1, 2, 3}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "struct_redeclared",
        "package main\n\nimport \"fmt\"\n\ntype T struct{}\ntype T struct{}\n\nfunc main() {\n\tfmt.Println(T{})\n}\n",
    ),
    (
        "field_redeclared",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n\tx int\n}\n\nfunc main() {\n\tfmt.Println(T{})\n}\n",
    ),
    (
        "no_field",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n}\n\nfunc main() {\n\tt := &T{}\n\tfmt.Println(t.nope)\n}\n",
    ),
    (
        "deref_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(*x)\n}\n",
    ),
    (
        "field_incdec_string",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ts string\n}\n\nfunc main() {\n\tt := T{}\n\tt.s++\n\tfmt.Println(t)\n}\n",
    ),
    (
        "self_recursive",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tt T\n}\n\nfunc main() {\n\tfmt.Println(T{})\n}\n",
    ),
    (
        "mutual_recursive",
        "package main\n\nimport \"fmt\"\n\ntype A struct {\n\tb B\n}\n\ntype B struct {\n\ta A\n}\n\nfunc main() {\n\tfmt.Println(A{})\n}\n",
    ),
    (
        "method_twice",
        "package main\n\nimport \"fmt\"\n\ntype T struct{}\n\nfunc (t T) M() {}\nfunc (t T) M() {}\n\nfunc main() {\n\tfmt.Println(T{})\n}\n",
    ),
    (
        "method_field_same",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tM int\n}\n\nfunc (t T) M() {}\n\nfunc main() {\n\tfmt.Println(T{})\n}\n",
    ),
    (
        "wg_no_method",
        "package main\n\nimport \"sync\"\n\nvar wg sync.WaitGroup\n\nfunc main() {\n\twg.Foo()\n}\n",
    ),
    (
        "rw_no_method",
        "package main\n\nimport \"sync\"\n\nvar mu sync.RWMutex\n\nfunc main() {\n\tmu.Foo()\n}\n",
    ),
    (
        "timer_no_method",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tt.Foo()\n}\n",
    ),
    (
        "ticker_no_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTicker(time.Second)\n\tfmt.Println(t.D)\n}\n",
    ),
    (
        "duration_no_method",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\td := time.Second\n\td.Foo()\n}\n",
    ),
    (
        "map_lookup_three",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\ta, b, c := m[\"x\"]\n\tfmt.Println(a, b, c)\n}\n",
    ),
    (
        "map_missing_key",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{1}\n\tfmt.Println(m)\n}\n",
    ),
    (
        "delete_arity",
        "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tdelete(m)\n}\n",
    ),
    (
        "delete_three",
        "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tdelete(m, \"a\", \"b\")\n}\n",
    ),
    (
        "delete_non_map",
        "package main\n\nfunc main() {\n\tx := 1\n\tdelete(x, 1)\n}\n",
    ),
    (
        "map_key_wrong",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tfmt.Println(m[1])\n}\n",
    ),
    (
        "map_lookup_no_new",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := 1, true\n\tv, ok := m[\"a\"]\n\tfmt.Println(v, ok)\n}\n",
    ),
    (
        "map_key_slice",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar m map[[]int]int\n\tfmt.Println(m)\n}\n",
    ),
    (
        "ok_into_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tvar v, ok int\n\tv, ok = m[\"a\"]\n\tfmt.Println(v, ok)\n}\n",
    ),
    (
        "multi_no_new",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\ta, b := two()\n\ta, b := two()\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "printf_nothing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf()\n}\n",
    ),
    (
        "sprintf_nothing",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(fmt.Sprintf())\n}\n",
    ),
    ("go_not_call", "package main\n\nfunc main() {\n\tgo 1\n}\n"),
    (
        "defer_not_call",
        "package main\n\nfunc main() {\n\tx := 1\n\tdefer x\n}\n",
    ),
    (
        "defer_discards",
        "package main\n\nfunc main() {\n\ts := []int{}\n\tdefer append(s, 1)\n}\n",
    ),
    (
        "not_used_expr",
        "package main\n\nfunc main() {\n\tx := 1\n\tx + 1\n}\n",
    ),
    (
        "not_used_name",
        "package main\n\nfunc main() {\n\tx := 1\n\tx\n}\n",
    ),
    (
        "non_boolean_for",
        "package main\n\nfunc main() {\n\tn := 1\n\tfor n {\n\t}\n}\n",
    ),
    (
        "return_missing_value",
        "package main\n\nfunc f() int {\n\treturn\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_too_many",
        "package main\n\nfunc f() {\n\treturn 1\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_too_many_int",
        "package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_not_enough_multi",
        "package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_not_enough_three",
        "package main\n\nfunc f() (int, int, int) {\n\treturn 1, 2\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_too_many_multi",
        "package main\n\nfunc f() (int, int) {\n\treturn 1, 2, 3\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_wrong_multi",
        "package main\n\nfunc f() (int, string) {\n\treturn 1, 2\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_wrong",
        "package main\n\nfunc f() int {\n\treturn \"a\"\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "return_void_value",
        "package main\n\nfunc f() {\n\treturn \"a\", 1\n}\n\nfunc main() {\n\tf()\n}\n",
    ),
    ("func_main_args", "package main\n\nfunc main(x int) {\n}\n"),
    (
        "missing_body",
        "package main\n\nfunc f()\n\nfunc main() {\n\tf()\n}\n",
    ),
    (
        "range_int_two",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i, j := range 10 {\n\t\tfmt.Println(i, j)\n\t}\n}\n",
    ),
    (
        "range_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
    (
        "range_over_bool",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tb := true\n\tfor v := range b {\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
    (
        "range_over_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor v := range 2.5 {\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
    (
        "slice_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x[1:])\n}\n",
    ),
    (
        "slice_negative",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2}\n\tfmt.Println(s[-1:])\n}\n",
    ),
    (
        "slice_inverted",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tfmt.Println(s[2:1])\n}\n",
    ),
    (
        "timer_reset_int",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 1\n\tt.Reset(x)\n}\n",
    ),
    (
        "tick_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tx := 1\n\tfmt.Println(time.Tick(x))\n}\n",
    ),
    (
        "after_string",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\t<-time.After(\"1s\")\n}\n",
    ),
    (
        "time_undefined",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Foo()\n}\n",
    ),
    (
        "time_unit_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Minutes)\n}\n",
    ),
    (
        "undefined_package_type",
        "package main\n\nfunc main() {\n\tvar m foo.Mutex\n\t_ = m\n}\n",
    ),
    (
        "rand_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n)\n\nfunc main() {\n\tfmt.Println(rand.Foo())\n}\n",
    ),
    (
        "runtime_undefined",
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\truntime.Foo()\n}\n",
    ),
    (
        "atomic_mismatch",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n atomic.Int32\n\tfmt.Println(n + 1)\n}\n",
    ),
    (
        "time_less",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\ta := time.Now()\n\tfmt.Println(a < a)\n}\n",
    ),
    (
        "map_compare",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tfmt.Println(m == m)\n}\n",
    ),
    (
        "func_compare",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := func() {}\n\tfmt.Println(f == f)\n}\n",
    ),
    (
        "struct_less",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n}\n\nfunc main() {\n\tt := T{}\n\tfmt.Println(t < t)\n}\n",
    ),
    (
        "wg_described",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(\"a\")\n\tfmt.Println(len(wg))\n}\n",
    ),
    (
        "duration_var_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\td := time.Second\n\tvar n int = d\n\tfmt.Println(n)\n}\n",
    ),
    (
        "struct_var_as_int",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\tx int\n}\n\nfunc main() {\n\tt := T{}\n\tvar n int = t\n\tfmt.Println(n)\n}\n",
    ),
    (
        "args_too_few_typed",
        "package main\n\nfunc f(s string, d int) {}\n\nfunc main() {\n\tf(\"a\")\n}\n",
    ),
    (
        "args_mutex_ptr",
        "package main\n\nimport \"sync\"\n\ntype T struct {\n\tmu sync.Mutex\n}\n\nfunc f(t *T) {}\n\nfunc main() {\n\tf(1, 2)\n}\n",
    ),
    (
        "sync_undefined",
        "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar m sync.Mutx\n\t_ = m\n}\n",
    ),
    (
        "atomic_undefined",
        "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar n int64\n\tatomic.Foo(&n)\n}\n",
    ),
    (
        "slice_index_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfmt.Println(s[\"a\":])\n}\n",
    ),
    (
        "slice_index_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfmt.Println(s[1.5:])\n}\n",
    ),
    (
        "index_string_key",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tfmt.Println(s[\"a\"])\n}\n",
    ),
    (
        "index_string_var",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\tk := \"a\"\n\tfmt.Println(s[k])\n}\n",
    ),
    (
        "make_map_three",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := make(map[string]int, 1, 2)\n\tfmt.Println(m)\n}\n",
    ),
    (
        "var_sync_literal_mismatch",
        "package main\n\nimport \"sync\"\n\nvar mu sync.Mutex = sync.RWMutex{}\n\nfunc main() {\n\tmu.Lock()\n}\n",
    ),
    (
        "no_value_var",
        "package main\n\nfunc f() {}\n\nfunc main() {\n\tvar x = f()\n\t_ = x\n}\n",
    ),
    (
        "no_value_multi",
        "package main\n\nfunc f() {}\n\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n",
    ),
    (
        "atomic_value_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tn.Add(\"a\")\n\tfmt.Println(n.Load())\n}\n",
    ),
    (
        "duration_arg_wrong",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\td := time.Second\n\tfmt.Println(d.Round(1.5))\n}\n",
    ),
    (
        "named_const_as_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst c = 5\n\tvar s string = c\n\tfmt.Println(s)\n}\n",
    ),
    (
        "named_float_truncated",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst delay = 1.5\n\tvar n int = delay\n\tfmt.Println(n)\n}\n",
    ),
    (
        "float_one_as_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = 1.0\n\tfmt.Println(s)\n}\n",
    ),
    (
        "hex_as_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = 0x10\n\tfmt.Println(s)\n}\n",
    ),
    (
        "second_as_int",
        "package main\n\nimport \"time\"\n\nfunc f(n int) {}\n\nfunc main() {\n\tf(time.Second)\n}\n",
    ),
    (
        "typed_const_as_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst n int = 3\n\tvar s string = n\n\tfmt.Println(s)\n}\n",
    ),
    (
        "string_const_as_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst s = \"a\\tb\"\n\tvar n int = s\n\tfmt.Println(n)\n}\n",
    ),
    (
        "bool_const_as_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst b = true\n\tvar n int = b\n\tfmt.Println(n)\n}\n",
    ),
    (
        "small_float_const",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst f = 0.000015\n\tvar s string = f\n\tfmt.Println(s)\n}\n",
    ),
    (
        "big_float_const",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst f = 1234567.5\n\tvar s string = f\n\tfmt.Println(s)\n}\n",
    ),
    (
        "neg_const",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst c = -7\n\tvar s string = c\n\tfmt.Println(s)\n}\n",
    ),
    (
        "overflow",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 99999999999999999999\n\tfmt.Println(x)\n}\n",
    ),
    (
        "overflow_println",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(99999999999999999999)\n}\n",
    ),
    (
        "overflow_var",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x = 99999999999999999999\n\tfmt.Println(x)\n}\n",
    ),
    (
        "overflow_typed_var",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int = 99999999999999999999\n\tfmt.Println(x)\n}\n",
    ),
    (
        "overflow_binary",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x + 99999999999999999999)\n}\n",
    ),
    (
        "overflow_arg",
        "package main\n\nfunc f(x int) {}\n\nfunc main() {\n\tf(99999999999999999999)\n}\n",
    ),
    (
        "overflow_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = 99999999999999999999\n\tfmt.Println(s)\n}\n",
    ),
    (
        "overflow_int64",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int64 = 99999999999999999999\n\tfmt.Println(x)\n}\n",
    ),
    // The programs of the hand-written claims in `tests/go_files`.
    (
        "go_files_missing_return",
        "package main\n\nfunc first(a <-chan int) int {\n\tselect {\n\tcase v := <-a:\n\t\tif v > 0 {\n\t\t\tbreak\n\t\t}\n\t\treturn v\n\t}\n}\n\nfunc main() {\n\t_ = first(nil)\n}\n",
    ),
    (
        "go_files_cannot_send_receive_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar ch <-chan int\n\tch <- 1\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_receive_from_send",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int, 1)\n\tfmt.Println(<-ch)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_receive_from_send_2",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int, 1)\n\tv, ok := <-ch\n\tfmt.Println(v, ok)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_close_receive_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(<-chan int)\n\tclose(ch)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_hello_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- \"hello\"\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_s_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\ts := \"x\"\n\tch <- s\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_ch_comma",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tvar n int = <-ch\n\tfmt.Println(n)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_range_over_ch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_range_over_ch_chan",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tfor i, v := range ch {\n\t\tfmt.Println(i, v)\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_r_chan",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar r <-chan int\n\tvar c chan int = r\n\tfmt.Println(c)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_close_non_channel",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tclose(x)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_receive_from_non",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\t<-x\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_convert_x_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, \"x\")\n\tfmt.Println(ch)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_c_d_mismatched_types",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c chan int\n\tvar d chan string\n\tfmt.Println(c == d)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_declared_and_not_used",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase v := <-ch:\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_continue_is_not_loop",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase ch <- 1:\n\t\tcontinue\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_ch_bool",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tvar s, ok int\n\ts, ok = <-ch\n\tfmt.Println(s, ok)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_use_nil_assignment",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := nil\n\tfmt.Println(x)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_label_loop_defined_and",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\nloop:\n\tfor {\n\t\tbreak\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_break_label_not_defined",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tbreak loop\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_continue_label_outer",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\nouter:\n\tfor {\n\t\tbreak outer\n\t}\n\tfor {\n\t\tcontinue outer\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_argument_index_must_not",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, -1)\n\tfmt.Println(ch)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_too_many_arguments_for",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tclose(ch, ch)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_unknown_field_z_struct",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n}\n\nfunc main() {\n\tt := T{z: 1}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "go_files_too_few_values_struct",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n}\n\nfunc main() {\n\tt := T{1}\n\tfmt.Println(t)\n}\n",
    ),
    (
        "go_files_t_nope_undefined_t",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n}\n\nfunc main() {\n\tt := &T{}\n\tfmt.Println(t.nope)\n}\n",
    ),
    (
        "go_files_t_put_undefined_t",
        "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n}\n\nfunc main() {\n\tt := T{}\n\tfmt.Println(t.Put())\n}\n",
    ),
    (
        "go_files_argument_x_is_not",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tdelete(x, 1)\n\tfmt.Println(x)\n}\n",
    ),
    (
        "go_files_x_y_mismatched_types",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int64 = 1\n\ty := 2\n\tfmt.Println(x + y)\n}\n",
    ),
    (
        "go_files_declared_and_not_used_2",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_fmt_imported_and_not",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n}\n",
    ),
    (
        "go_files_too_many_arguments_call",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf(1)\n\tfmt.Println()\n}\n\nfunc f() {}\n",
    ),
    (
        "go_files_duplicate_case_string_expression",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tswitch x {\n\tcase \"a\", \"b\":\n\tcase \"a\":\n\t}\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_duplicate_case_expression_switch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tswitch len(s) {\n\tcase 1, 2, 1:\n\t}\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_argument_index_must_not_2",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tfmt.Println(s[:-2])\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_argument_index_k_must",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tconst k = -1\n\tfmt.Println(s[k:])\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_slice_indices",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tfmt.Println(s[2:1])\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_multiple_defaults_first_at",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n\tswitch {\n\tdefault:\n\tdefault:\n\t}\n\tfmt.Println(s, x)\n}\n",
    ),
    (
        "go_files_cannot_fallthrough_final_case",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tswitch 1 {\n\tcase 1:\n\t\tfallthrough\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_fallthrough_statement_out_place",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tswitch 1 {\n\tcase 1:\n\t\tfallthrough\n\t\tfmt.Println()\n\tcase 2:\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_fallthrough_statement_out_place_2",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tif true {\n\t\tfallthrough\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_convert_string",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tx := 3\n\tswitch x {\n\tcase \"a\":\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_case_x_switch_on",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tx := 3\n\tswitch {\n\tcase x:\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_continue_is_not_loop_2",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_slice_x",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tx := 3\n\tfmt.Println(x[1:])\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_multiple_two_string_single",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tfmt.Println(two() + 1)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_assignment_mismatch_but_two",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tx := two()\n\tfmt.Println(x)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_assignment_mismatch_variables_but",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\ta, b, c := two()\n\tfmt.Println(a, b, c)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_cannot_use_two_string",
        "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n\tvar a, b int\n\ta, b = two()\n\tfmt.Println(a, b)\n\tfmt.Println()\n}\n",
    ),
    (
        "go_files_not_enough_return_values",
        "package main\n\nfunc two() (int, string) {\n\treturn 1\n}\n\nfunc three() (int, int) {\n\treturn 1, 2, 3\n}\n\nfunc main() {\n\ttwo()\n\tthree()\n}\n",
    ),
    (
        "go_files_too_many_return_values",
        "package main\n\nfunc three() (int, int) {\n\treturn 1, 2, 3\n}\n\nfunc main() {\n\tthree()\n}\n",
    ),
    (
        "go_files_cannot_use_x_time",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 3\n\tt.Reset(x)\n\tfmt.Println(x, t.Stop())\n}\n",
    ),
    (
        "go_files_t_foo_undefined_time",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 3\n\tt.Foo()\n\tfmt.Println(x, t.Stop())\n}\n",
    ),
    (
        "go_files_t_d_undefined_time",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 3\n\t_ = t.D\n\tfmt.Println(x, t.Stop())\n}\n",
    ),
    (
        "go_files_k_stop_no_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 3\n\tk := time.NewTicker(time.Second)\n\tok := k.Stop()\n\t_ = ok\n\tfmt.Println(x, t.Stop())\n}\n",
    ),
    (
        "go_files_cannot_use_x_time_2",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tx := 3\n\t_ = time.Tick(x)\n\tfmt.Println(x, t.Stop())\n}\n",
    ),
    (
        "go_files_recursive_t_refers_itself",
        "package main\n\ntype T struct {\n\tn int\n\tnext T\n}\n\nfunc main() {\n\tvar t T\n\t_ = t\n}\n",
    ),
    (
        "go_files_recursive",
        "package main\n\ntype A struct{ b B }\ntype B struct{ a A }\n\nfunc main() {\n\tvar a A\n\t_ = a\n}\n",
    ),
    (
        "atoi_one_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tn := strconv.Atoi(\"42\")\n\tfmt.Println(n)\n}\n",
    ),
    (
        "sqrt_of_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tn := 16\n\tfmt.Println(math.Sqrt(n))\n}\n",
    ),
    (
        "strings_contain",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.Contain(\"gopher\", \"go\"))\n}\n",
    ),
    (
        "split_one_arg",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.Split(\"a,b\"))\n}\n",
    ),
    (
        "sort_ints_of_strings",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\nfunc main() {\n\tnames := []string{\"b\", \"a\"}\n\tsort.Ints(names)\n\tfmt.Println(names)\n}\n",
    ),
    (
        "itoa_of_float",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tx := 2.5\n\tfmt.Println(strconv.Itoa(x))\n}\n",
    ),
    (
        "log_fatal_value",
        "package main\n\nimport \"log\"\n\nfunc main() {\n\tx := log.Println(\"hi\")\n\t_ = x\n}\n",
    ),
    (
        "sortfunc_without_cmp",
        "package main\n\nimport \"slices\"\n\nfunc main() {\n\txs := []int{2, 1}\n\tslices.SortFunc(xs)\n}\n",
    ),
    (
        "contains_without_value",
        "package main\n\nimport \"slices\"\n\nfunc main() {\n\txs := []int{2, 1}\n\t_ = slices.Contains(xs)\n}\n",
    ),
    (
        "max_of_nothing",
        "package main\n\nimport \"slices\"\n\nfunc main() {\n\t_ = slices.Max()\n}\n",
    ),
    (
        "atomic_value_load_is_any_not_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar v atomic.Value\n\tv.Store(3)\n\tvar n int = v.Load()\n\tfmt.Println(n)\n}\n",
    ),
    (
        "atomic_value_load_added_to",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar v atomic.Value\n\tv.Store(3)\n\tfmt.Println(v.Load() + 1)\n}\n",
    ),
    (
        "declared_bytes_from_an_int",
        "package main\n\nimport \"fmt\"\n\ntype raw []byte\n\nfunc main() {\n\tfmt.Println(raw(3))\n}\n",
    ),
    (
        "declared_string_from_a_float",
        "package main\n\nimport \"fmt\"\n\ntype name string\n\nfunc main() {\n\tx := 2.5\n\tfmt.Println(name(x))\n}\n",
    ),
    (
        "declared_string_from_ints",
        "package main\n\nimport \"fmt\"\n\ntype name string\n\nfunc main() {\n\tfmt.Println(name([]int{1}))\n}\n",
    ),
];

/// Valid Go 1.26 that syncscope does not run yet (names newer than Go 1.19 among them): Go
/// builds each, and syncscope says it does not run it, never that Go would refuse it.
const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "a_package_not_run_uses_an_import",
        "package main\n\nimport (\n\t\"os\"\n\t\"html/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(\"{{.}}\\n\"))\n\tt.Execute(os.Stdout, 42)\n}\n",
    ),
    (
        "go_of_an_atomic_store",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar b atomic.Bool\n\tgo b.Store(true)\n\ttime.Sleep(time.Millisecond)\n\tfmt.Println(b.Load())\n}\n",
    ),
    (
        "defer_of_an_atomic_add",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nvar n atomic.Int64\n\nfunc work() {\n\tdefer n.Add(1)\n}\n\nfunc main() {\n\twork()\n\tfmt.Println(n.Load())\n}\n",
    ),
    (
        "atomic_pointer_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\tvar p atomic.Pointer[int]\n\tfmt.Println(p.Load() == nil)\n}\n",
    ),
    (
        "once_value_instantiated",
        "package main\n\nimport \"sync\"\n\nfunc work() int { return 1 }\n\nfunc main() {\n\tf := sync.OnceValue[int](work); _ = f\n}\n",
    ),
    (
        "overflow_uint64_ok",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x uint64 = 18446744073709551615\n\tfmt.Println(x)\n}\n",
    ),
    (
        "overflow_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar f float64 = 99999999999999999999\n\tfmt.Println(f)\n}\n",
    ),
    (
        "formatfloat_hex",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tfmt.Println(strconv.FormatFloat(1.5, 'x', -1, 64))\n}\n",
    ),
    (
        "sort_float64slice",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\nfunc main() {\n\txs := []float64{3, 1}\n\tsort.Sort(sort.Reverse(sort.Float64Slice(xs)))\n\tfmt.Println(xs)\n}\n",
    ),
];

/// Go's first error in each mistake, by name.
fn go_first_errors() -> HashMap<String, (usize, usize, String)> {
    let all: Vec<(String, String)> = MISTAKES
        .iter()
        .chain(FORMS)
        .chain(TYPE_MISTAKES)
        .chain(CONDS)
        .chain(GENERIC_MISTAKES)
        .chain(NOT_RUN_YET)
        .chain(TYPE_NOT_RUN_YET)
        .chain(CONDS_NOT_RUN)
        .chain(GENERIC_NOT_RUN_YET)
        .chain(CONTEXT)
        .chain(CONTEXT_NOT_RUN)
        .chain(LIBRARY)
        .chain(MAPS)
        .chain(SMALL)
        .chain(IMPORTS)
        .chain(UNICODE)
        .chain(MONTHS)
        .chain(FILES)
        .chain(LIBRARY_NOT_RUN)
        .chain(MAPS_NOT_RUN)
        .chain(SMALL_NOT_RUN)
        .chain(COMPOSITE)
        .chain(COMPOSITE_NOT_RUN)
        .chain(IMPORTS_NOT_RUN)
        .chain(UNICODE_NOT_RUN)
        .chain(MONTHS_NOT_RUN)
        .chain(FILES_NOT_RUN)
        .chain(ANON)
        .chain(ANON_NOT_RUN)
        .chain(TIMES)
        .chain(TIMES_NOT_RUN)
        .chain(SYNCPTR)
        .chain(SYNCPTR_NOT_RUN)
        .chain(ITER)
        .chain(ITER_NOT_RUN)
        .chain(RAND_V2)
        .chain(RAND_V2_NOT_RUN)
        .chain(CODECS)
        .chain(CODECS_NOT_RUN)
        .chain(DIGESTS)
        .chain(DIGESTS_NOT_RUN)
        .chain(WRITERS)
        .chain(WRITERS_NOT_RUN)
        .chain(INTS)
        .chain(INTS_NOT_RUN)
        .chain(OPERANDS)
        .chain(JSON)
        .chain(JSON_NOT_RUN)
        .chain(TEXT)
        .chain(TEXT_NOT_RUN)
        .chain(SLOG)
        .chain(XML)
        .chain(SLOG_NOT_RUN)
        .chain(XML_NOT_RUN)
        .chain(URLS)
        .chain(URLS_NOT_RUN)
        .chain(TEMPLATE)
        .chain(TEMPLATE_NOT_RUN)
        .chain(GAPS)
        .chain(GAPS_NOT_RUN)
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    go::first_errors("mistakes", &all)
}

#[test]
fn each_mistake_is_refused_at_gos_place_in_gos_words() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let gos = go_first_errors();
    let mut failures = Vec::new();
    for (name, text) in MISTAKES
        .iter()
        .chain(FORMS)
        .chain(TYPE_MISTAKES)
        .chain(CONDS)
        .chain(GENERIC_MISTAKES)
        .chain(CONTEXT)
        .chain(LIBRARY)
        .chain(MAPS)
        .chain(SMALL)
        .chain(COMPOSITE)
        .chain(IMPORTS)
        .chain(UNICODE)
        .chain(MONTHS)
        .chain(FILES)
        .chain(ANON)
        .chain(TIMES)
        .chain(SYNCPTR)
        .chain(ITER)
        .chain(RAND_V2)
        .chain(CODECS)
        .chain(DIGESTS)
        .chain(WRITERS)
        .chain(INTS)
        .chain(OPERANDS)
        .chain(JSON)
        .chain(TEXT)
        .chain(SLOG)
        .chain(XML)
        .chain(URLS)
        .chain(TEMPLATE)
        .chain(GAPS)
    {
        let Some((line, col, message)) = gos.get(*name).cloned() else {
            failures.push(format!("{name}: Go built it"));
            continue;
        };
        // Named as Go names it, so that a place Go gives in a message is the same.
        let file = format!("{name}/main.go");
        let ours = match syncscope::front::go::load(&file, text) {
            Ok(_) => {
                failures.push(format!("{name}: syncscope ran it; Go says {message}"));
                continue;
            }
            Err(e) => e,
        };
        let same = if message.starts_with("syntax error") {
            ours.message.starts_with("syntax error") && ours.line_col.map(|p| p.0) == Some(line)
        } else {
            ours.line_col == Some((line, col)) && ours.message == message
        };
        if !same {
            failures.push(format!(
                "{name}: Go says {line}:{col}: {message}\n    syncscope says {ours}"
            ));
        }
    }
    for (name, text) in NOT_RUN_YET
        .iter()
        .chain(TYPE_NOT_RUN_YET)
        .chain(CONDS_NOT_RUN)
        .chain(GENERIC_NOT_RUN_YET)
        .chain(CONTEXT_NOT_RUN)
        .chain(LIBRARY_NOT_RUN)
        .chain(MAPS_NOT_RUN)
        .chain(SMALL_NOT_RUN)
        .chain(COMPOSITE_NOT_RUN)
        .chain(IMPORTS_NOT_RUN)
        .chain(UNICODE_NOT_RUN)
        .chain(MONTHS_NOT_RUN)
        .chain(FILES_NOT_RUN)
        .chain(ANON_NOT_RUN)
        .chain(TIMES_NOT_RUN)
        .chain(SYNCPTR_NOT_RUN)
        .chain(ITER_NOT_RUN)
        .chain(RAND_V2_NOT_RUN)
        .chain(CODECS_NOT_RUN)
        .chain(DIGESTS_NOT_RUN)
        .chain(WRITERS_NOT_RUN)
        .chain(INTS_NOT_RUN)
        .chain(JSON_NOT_RUN)
        .chain(TEXT_NOT_RUN)
        .chain(SLOG_NOT_RUN)
        .chain(XML_NOT_RUN)
        .chain(URLS_NOT_RUN)
        .chain(TEMPLATE_NOT_RUN)
        .chain(GAPS_NOT_RUN)
    {
        if let Some((line, col, message)) = gos.get(*name) {
            failures.push(format!("{name}: Go says {line}:{col}: {message}"));
        }
        match syncscope::front::go::load(&format!("{name}/main.go"), text) {
            Err(e) if e.message.starts_with("syncscope does not run") => {}
            other => failures.push(format!("{name}: syncscope gives {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
