// A crawler's link resolution: the links a page holds, made absolute against the page's own URL
// (ResolveReference, Parse on a base), and API paths joined (JoinPath).
package main

import (
	"fmt"
	"net/url"
)

func main() {
	base, err := url.Parse("https://me:pw@docs.example.com/guide/intro/start.html?v=1#top")
	if err != nil {
		panic(err)
	}
	for _, ref := range []string{"next.html", "../api/", "/root", "//cdn.example.com/x.js", "?v=2", "#faq", "", ".", "..", "https://other.org/a/./b/../c", "mailto:x@y.z", "g;x=1/../y", "a b"} {
		u, err := base.Parse(ref)
		fmt.Println(ref, "->", u, err, u.User)
	}
	r, _ := url.Parse("../../x?q=1")
	fmt.Println(base.ResolveReference(r))
	fmt.Println(base.JoinPath("..", "chapter 2", "/"))
	fmt.Println(base.JoinPath())
	rel, _ := url.Parse("a/b")
	fmt.Println(rel.JoinPath("../../../c"), rel.JoinPath("%zz"))
	s, err := url.JoinPath("https://api.example.com/v1/", "users", "42")
	fmt.Println(s, err)
	s, err = url.JoinPath("https://api.example.com/v1", "%zz")
	fmt.Printf("%q %v %T\n", s, err, err)
	s, err = url.JoinPath(":bad", "x")
	fmt.Printf("%q %v\n", s, err)
	parts := []string{"a", "b"}
	fmt.Println(base.JoinPath(parts...))
	_, err = base.Parse("http://[::1")
	fmt.Println(err)
	opaque, _ := url.Parse("mailto:a@b.c?subject=hi")
	fmt.Println(opaque.ResolveReference(&url.URL{RawQuery: "x=1"}), opaque.ResolveReference(&url.URL{}))
}
