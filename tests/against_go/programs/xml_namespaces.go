// A feed in a default namespace, as an Atom feed is written: each element's XMLName takes the
// namespace it is in (its own xmlns or its parent's), and Marshal writes it back.
package main

import (
	"encoding/xml"
	"fmt"
)

type Entry struct {
	XMLName xml.Name
	Title   string `xml:"title"`
	Link    string `xml:"link"`
}

type Feed struct {
	XMLName xml.Name `xml:"feed"`
	NS      string   `xml:"xmlns,attr"`
	Title   string   `xml:"title"`
	Entries []Entry  `xml:"entry"`
	Where   xml.Name `xml:"where"`
}

func main() {
	var f Feed
	err := xml.Unmarshal([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>news</title><entry><title>a</title></entry><entry xmlns="urn:other"><title>b</title></entry><where/></feed>`), &f)
	fmt.Printf("%+v %v\n", f, err)
	out, err := xml.Marshal(f)
	fmt.Println(string(out), err)
}
