// A URL taken apart the way a crawler's teacher shows it: scheme, user, host and port, path,
// query and fragment, then built back up.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	raw := "https://admin:s3cret@shop.example.com:8443/cart/items?id=42&color=blue#summary"
	fmt.Println("taking apart", raw)

	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}

	fmt.Println("scheme:", u.Scheme)
	fmt.Println("user:", u.User)
	fmt.Println("username:", u.User.Username())
	pw, set := u.User.Password()
	fmt.Println("password:", pw, set)
	fmt.Println("host:", u.Host)

	host, port, err := net.SplitHostPort(u.Host)
	fmt.Println("split:", host, port, err)
	fmt.Println("hostname:", u.Hostname(), "port:", u.Port())
	fmt.Println("path:", u.Path)
	fmt.Println("fragment:", u.Fragment)
	fmt.Println("raw query:", u.RawQuery)
	fmt.Println("absolute:", u.IsAbs())

	params, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(params)
	fmt.Println(params["id"][0], params.Get("color"))

	// Fields are plain strings: change them and print the URL again.
	u.Host = net.JoinHostPort("localhost", "8080")
	u.User = nil
	u.Path = "/cart/new items"
	u.Fragment = ""
	fmt.Println(u)
	fmt.Println(u.String(), u.EscapedPath(), u.RequestURI())

	// A URL built from its parts.
	built := &url.URL{
		Scheme:   "http",
		User:     url.UserPassword("bob", "p@ss word"),
		Host:     "[::1]:9000",
		Path:     "/search",
		RawQuery: "q=go+channels",
	}
	fmt.Println(built, built.Hostname(), built.Port())
	fmt.Println(built.Redacted())
	fmt.Printf("%v %s %T %T\n", built, built.User, built, built.User)

	// Relative references, opaque URLs and the odd ones.
	for _, s := range []string{
		"/docs/intro?lang=en",
		"mailto:gopher@example.com",
		"file:///etc/hosts",
		"HTTP://Example.COM/Path%2FWith%2FSlashes?",
		"//cdn.example.com/lib.js",
		"search?q=a%20b#top",
		"postgres://db1:5432,db2:5433/app",
		"*",
		"",
	} {
		v, err := url.Parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q -> scheme=%q opaque=%q host=%q path=%q rawpath=%q query=%q force=%v omit=%v -> %s\n",
			s, v.Scheme, v.Opaque, v.Host, v.Path, v.RawPath, v.RawQuery, v.ForceQuery, v.OmitHost, v)
	}

	var nobody *url.Userinfo
	fmt.Printf("[%v] [%s] %q\n", nobody, nobody.Username(), nobody.String())
	fmt.Println(url.User("guest"), url.User("guest").String())
}
