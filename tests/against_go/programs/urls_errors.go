// What goes wrong with URLs and addresses, in Go's own words.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://[::1",
		":foo",
		"1http://x.com",
		"http://host.com:port/",
		"http://a b.com/",
		"http://x.com/%zz",
		"http://x.com/a#%g1",
		"http://user name@x.com/",
		"http://[1.2.3.4]/",
		"http://x.com:80:90/",
		"http://x\n.com/",
		"http://%41.com/",
		"cache_object:foo/bar",
		"http://[::1]x/",
	} {
		u, err := url.Parse(s)
		fmt.Printf("%q: %v %v\n", s, u, err)
		if err != nil {
			fmt.Printf("  %T\n", err)
		}
	}

	for _, s := range []string{"%zz", "abc%", "a%2", "ok%21"} {
		v, err := url.QueryUnescape(s)
		fmt.Printf("%q: %q %v\n", s, v, err)
		if err != nil {
			fmt.Printf("  %T\n", err)
		}
		p, err := url.PathUnescape(s)
		fmt.Printf("%q: %q %v\n", s, p, err)
	}

	for _, s := range []string{"a=1&b=%zz&c=3", "x=1;y=2&z=3", "&&a=&=b"} {
		v, err := url.ParseQuery(s)
		fmt.Println(v, len(v), err)
	}

	for _, s := range []string{
		"host.com",
		"host.com:80",
		"[::1]:443",
		"::1:80",
		"[::1]",
		"[::1",
		":8080",
		"[host]x:80",
		"a]b:80",
		"[a[b]:80",
	} {
		host, port, err := net.SplitHostPort(s)
		fmt.Printf("%q: %q %q %v\n", s, host, port, err)
		if err != nil {
			fmt.Printf("  %T\n", err)
		}
	}
	fmt.Println(net.JoinHostPort("example.com", "443"), net.JoinHostPort("fe80::1", "80"), net.JoinHostPort("", "0"))

	// What a server is sent: no fragments, no relative paths.
	for _, s := range []string{"/search?q=go#frag", "http://x.com/a?b#c", "", "search", "//x/y", "*"} {
		u, err := url.ParseRequestURI(s)
		if err != nil {
			fmt.Println("request:", err)
			continue
		}
		fmt.Printf("request: %q %q %q -> %s\n", u.Host, u.Path, u.RawQuery, u)
	}
}
