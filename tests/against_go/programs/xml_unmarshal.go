// Reading XML into structs: attributes, nested paths, repeated elements into slices,
// pointers made as needed, character data, comments and inner XML, unknown elements passed
// over; then Go's errors for documents that are not well formed or do not fit.
package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

type Origin struct {
	Country string `xml:",chardata"`
	Main    bool   `xml:"main,attr"`
}

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Height  float64  `xml:"height,attr"`
	Name    string   `xml:"name"`
	Origins []Origin `xml:"origin"`
	Tags    []string `xml:"tags>tag"`
	Care    *Care    `xml:"care"`
	Note    string   `xml:",comment"`
	Text    string   `xml:",chardata"`
}

type Clash struct {
	A string `xml:"same"`
	B string `xml:"same"`
}

type Care struct {
	Water string `xml:"water"`
	Days  int    `xml:"every>days"`
	Raw   string `xml:",innerxml"`
}

func (p Plant) String() string {
	care := "none"
	if p.Care != nil {
		care = fmt.Sprintf("%s every %d days", p.Care.Water, p.Care.Days)
	}
	return fmt.Sprintf("#%d %s (%.1f m) from %v, tags %v, care %s", p.Id, p.Name, p.Height, p.Origins, p.Tags, care)
}

const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a catalogue entry -->
<plant id="27" height="1.5">
  <name>Coffee &amp; friends</name>
  <origin main="true">Ethiopia</origin>
  <origin>Brazil</origin>
  <tags><tag>shrub</tag><tag>tropical</tag></tags>
  <care><water>often</water><every><days> 3 </days></every></care>
  <unknown><deep>ignored</deep></unknown>
  <!-- keep warm -->
  <![CDATA[<raw> text]]>
</plant>`

func try(label, text string) {
	var p Plant
	err := xml.Unmarshal([]byte(text), &p)
	fmt.Printf("%s: %v | %v\n", label, p, err)
}

func main() {
	var p Plant
	if err := xml.Unmarshal([]byte(doc), &p); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(p)
	fmt.Printf("%q %q\n", p.Note, p.Text)
	fmt.Printf("%q\n", p.Care.Raw)
	fmt.Println(p.XMLName.Local, p.Origins[0].Main, p.Origins[1].Main)

	// A second document into the same value: what it names is replaced, the rest kept.
	err := xml.Unmarshal([]byte(`<plant id="28"><name>Tea</name><origin>China</origin></plant>`), &p)
	fmt.Println(p, err)

	var n int
	err = xml.Unmarshal([]byte("<n> 17 </n>"), &n)
	fmt.Println(n, err)
	var s string
	err = xml.Unmarshal([]byte("<s>one<b>two</b>three</s>"), &s)
	fmt.Println(s, err)
	var names []string
	err = xml.Unmarshal([]byte("<name>first</name>"), &names)
	fmt.Println(names, len(names), err)

	try("wrong root", `<tree id="1"></tree>`)
	try("bad attr", `<plant id="x"></plant>`)
	try("bad height", `<plant height="tall"></plant>`)
	try("bad days", `<plant><name>Ivy</name><care><every><days>weekly</days></every></care></plant>`)
	try("bad bool", `<plant><origin main="yes">Peru</origin></plant>`)
	try("cut short", `<plant><name>Ivy</name>`)
	try("empty", ``)
	try("no element", `just text`)
	try("mismatch", "<plant>\n<name>Ivy</nam>\n</plant>")
	try("stray end", `</plant>`)
	try("entity", `<plant><name>Ivy &nbsp;</name></plant>`)
	try("no semicolon", `<plant><name>A & B</name></plant>`)
	try("unquoted", `<plant id=3></plant>`)
	try("lt in attr", `<plant id="<"></plant>`)
	try("bad name", `<plant><2name/></plant>`)
	try("char code", `<plant><name>&#0;</name></plant>`)
	try("encoding", `<?xml version="1.0" encoding="latin1"?><plant/>`)
	try("self closed", `<plant id="5"/>`)

	err = xml.Unmarshal([]byte(`<plant/>`), p)
	fmt.Println(err)
	var nothing *Plant
	err = xml.Unmarshal([]byte(`<plant/>`), nothing)
	fmt.Println(err)

	// The errors' types, and io.EOF itself for a document without an element.
	err = xml.Unmarshal([]byte("   "), &p)
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF))
	err = xml.Unmarshal([]byte("<plant>"), &p)
	fmt.Printf("%T\n", err)
	err = xml.Unmarshal([]byte("<tree/>"), &p)
	fmt.Printf("%T\n", err)
	err = xml.Unmarshal([]byte("<plant id=\"x\"/>"), &p)
	fmt.Printf("%T\n", err)
	var c Clash
	err = xml.Unmarshal([]byte("<Clash/>"), &c)
	fmt.Printf("%T %v\n", err, err)
}
