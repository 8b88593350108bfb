//! The mistakes of `net/url` and `net`'s host:port helpers, and what syncscope does not run of
//! those packages yet (dialling, listening, IPs, the rest of a URL's methods), checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "net_join_host_port_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tfmt.Println(net.JoinHostPort(\"x.com\", 80))\n}\n",
    ),
    (
        "net_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tfmt.Println(\"no network\")\n}\n",
    ),
    (
        "net_split_host_port_into_two",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\thost, port := net.SplitHostPort(\"x.com:80\")\n\tfmt.Println(host, port)\n}\n",
    ),
    (
        "url_host_is_a_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com\")\n\tfmt.Println(u.Host())\n}\n",
    ),
    (
        "url_host_is_not_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com\")\n\tu.Host = 8080\n\tfmt.Println(u)\n}\n",
    ),
    (
        "url_hostname_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com\")\n\tfmt.Println(u.Hostname + \"!\")\n}\n",
    ),
    (
        "url_parse_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu := url.Parse(\"http://x.com\")\n\tfmt.Println(u)\n}\n",
    ),
    (
        "url_parse_lowercase",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, err := url.parse(\"http://x.com\")\n\tfmt.Println(u, err)\n}\n",
    ),
    (
        "url_parse_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, err := url.Parse(42)\n\tfmt.Println(u, err)\n}\n",
    ),
    (
        "url_parse_query_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tq := url.ParseQuery(\"a=1\")\n\tfmt.Println(q)\n}\n",
    ),
    (
        "url_password_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://me:pw@x.com\")\n\tp := u.User.Password()\n\tfmt.Println(p)\n}\n",
    ),
    (
        "url_query_as_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com/?a=1\")\n\tvar s string = u.Query\n\tfmt.Println(s)\n}\n",
    ),
    (
        "url_user_of_two",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tfmt.Println(url.User(\"a\", \"b\"))\n}\n",
    ),
    (
        "url_userinfo_unexported",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://me:pw@x.com\")\n\tfmt.Println(u.User.username)\n}\n",
    ),
    (
        "url_values_get_two_args",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tv := url.Values{}\n\tfmt.Println(v.Get(\"a\", \"b\"))\n}\n",
    ),
    (
        "url_values_have_no_append",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tv := url.Values{}\n\tv.Append(\"a\", \"1\")\n\tfmt.Println(v)\n}\n",
    ),
    (
        "url_values_of_strings",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tvar v url.Values = map[string]string{\"a\": \"b\"}\n\tfmt.Println(v)\n}\n",
    ),
    (
        "url_values_set_one_arg",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com\")\n\tu.Query().Set(\"a\")\n\tfmt.Println(u)\n}\n",
    ),
    (
        "url_values_set_used_as_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tv := url.Values{}\n\tx := v.Set(\"a\", \"b\")\n\tfmt.Println(x)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "net_dial",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tconn, err := net.Dial(\"tcp\", \"example.com:80\")\n\tfmt.Println(conn, err)\n}\n",
    ),
    (
        "net_ip_type",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tvar ip net.IP\n\tfmt.Println(ip)\n}\n",
    ),
    (
        "net_listen",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tln, err := net.Listen(\"tcp\", \":8080\")\n\tfmt.Println(ln, err)\n}\n",
    ),
    (
        "net_parse_ip",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nfunc main() {\n\tfmt.Println(net.ParseIP(\"10.0.0.1\"))\n}\n",
    ),
    (
        "url_error_type",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\t_, err := url.Parse(\":x\")\n\tvar ue *url.Error\n\tfmt.Println(errors.As(err, &ue))\n}\n",
    ),
    (
        "url_marshal_binary",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc main() {\n\tu, _ := url.Parse(\"http://x.com/a\")\n\tb, err := u.MarshalBinary()\n\tfmt.Println(string(b), err)\n}\n",
    ),
];
