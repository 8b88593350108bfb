// Query strings as a form handler sees them: url.Values read, changed and encoded back.
package main

import (
	"fmt"
	"net/url"
	"sort"
)

func main() {
	u, err := url.Parse("https://api.example.com/v1/orders?status=open&tag=red&tag=blue&empty=&flag&sp=a+b%21")
	if err != nil {
		panic(err)
	}
	q := u.Query()
	fmt.Println(q)
	fmt.Println(len(q), q["tag"], q.Get("tag"), q.Get("missing") == "")
	fmt.Println(q.Has("flag"), q.Has("empty"), q.Has("nope"))
	fmt.Printf("%q %q\n", q.Get("sp"), q["flag"])

	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=", q[k], len(q[k]))
	}

	q.Set("status", "closed")
	q.Add("tag", "green & gold")
	q.Del("empty")
	q["page"] = []string{"2"}
	fmt.Println(q.Encode())
	u.RawQuery = q.Encode()
	fmt.Println(u)

	// Values made by hand, the way a client builds a request.
	form := url.Values{}
	form.Set("name", "Ada Lovelace")
	form.Add("lang", "go")
	form.Add("lang", "c++")
	form.Set("note", "50% off; café=yes/no?")
	fmt.Println(form.Encode())
	fmt.Println(form)

	other := make(url.Values)
	other.Add("z", "1")
	other.Add("a", "2")
	fmt.Println(other.Encode(), len(other))

	var none url.Values
	fmt.Println(none.Get("x"), none.Has("x"), none.Encode() == "", len(none))

	literal := url.Values{"k": {"v1", "v2"}, "solo": {"x y"}}
	fmt.Println(literal.Encode())

	// The escapers on their own.
	for _, s := range []string{"a b", "a+b", "x/y?z", "é", "100%", "~-._"} {
		fmt.Printf("%q: query=%s path=%s\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "caf%C3%A9", "plain"} {
		qs, qerr := url.QueryUnescape(s)
		ps, perr := url.PathUnescape(s)
		fmt.Printf("%q: %q %v | %q %v\n", s, qs, qerr, ps, perr)
	}
}
