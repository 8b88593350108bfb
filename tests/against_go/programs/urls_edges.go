// The odd URLs a link checker meets: each one's parts, how it prints back, and Go's error for
// the ones it refuses.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://[fe80::1%25en0]:8080/x",
		"http://[::ffff:1.2.3.4]/",
		"http://[zz]/",
		"http://user:p%40ss@host/",
		"http://u@h@host/",
		"http://host/a%2fb%20c?x#frag%20ment",
		"http://host/a;b,c!$&'()*+=:@[]",
		"https://h/é?q=é#é",
		"http://h/x#a!b(c)d*e'f",
		"http://:80/",
		"http://h:/",
		"ht-tp://h/",
		"./a:b",
		"a/b:c",
		"//h/p",
		"///p",
		"http:///p",
		"http:",
		"http:?",
		"?a=1",
		"#x",
		"http://h?a?b",
		"http://h/p?",
		"http://%e4%b8%ad.com/",
		"mongodb://a:1,b:2/x",
		"http://a:1,b:2/x",
		"http://h/%",
		"http://h/%41%42",
		"http://h/a b",
		"http://h/a\tb",
		"HTTPS://H.COM",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%q: %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %q %q %q %q %q %q %q %q %q %v %v | %s | %s %s %s %s\n", s, u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment, u.ForceQuery, u.OmitHost, u, u.Hostname(), u.Port(), u.EscapedPath(), u.RequestURI())
	}
}
