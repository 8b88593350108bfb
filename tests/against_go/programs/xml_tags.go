// The tags encoding/xml reads: attributes, character data, comments, inner XML, omitempty,
// "-", a>b paths that share their parents, embedded structs, pointers and escaping; and
// Go's errors for tags it will not take.
package main

import (
	"encoding/xml"
	"fmt"
	"time"
)

type Stamp struct {
	By   string `xml:"by,attr"`
	Note string `xml:",comment"`
}

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

type Book struct {
	XMLName  xml.Name `xml:"book"`
	Stamp
	ISBN     string   `xml:"isbn,attr"`
	Lang     string   `xml:"lang,attr,omitempty"`
	Title    string   `xml:"title"`
	Authors  []string `xml:"authors>author"`
	First    string   `xml:"info>first"`
	Pages    int      `xml:"info>pages"`
	Price    Price    `xml:"price"`
	Subtitle *string  `xml:"subtitle"`
	Blurb    string   `xml:"blurb,omitempty"`
	Secret   string   `xml:"-"`
	Raw      string   `xml:",innerxml"`
	Loan     time.Duration
	Shelved  time.Time `xml:"shelved"`
	hidden   int
}

type Bad1 struct {
	X string `xml:"a>"`
}

type Bad2 struct {
	X string `xml:"x,chardata"`
}

type Bad3 struct {
	X string `xml:"a>b,attr"`
}

type Bad4 struct {
	X, Y string `xml:"same"`
}

type Bad5 struct {
	Note string `xml:",comment"`
}

type Bad6 struct {
	N int `xml:",comment"`
}

func show(v any) {
	b, err := xml.MarshalIndent(v, "", "  ")
	fmt.Println(string(b), err)
}

func main() {
	sub := "a \"quoted\" & 'odd' one"
	b := Book{
		Stamp:    Stamp{By: "ann", Note: " checked "},
		ISBN:     "978-0",
		Title:    "Go <Concurrency>\tPatterns\n",
		Authors:  []string{"Rob", "Sameer"},
		First:    "2012",
		Pages:    42,
		Price:    Price{Currency: "EUR", Amount: 19.99},
		Subtitle: &sub,
		Secret:   "never shown",
		Raw:      "<extra kind=\"raw\"/>",
		Loan:     14 * 24 * time.Hour,
		Shelved:  time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC),
		hidden:   1,
	}
	show(b)
	out, err := xml.Marshal(b)
	fmt.Println(string(out), err)

	b.Subtitle = nil
	b.Raw = ""
	b.Lang = "en"
	b.Note = "ends with a dash-"
	show(b)

	show(Bad1{})
	show(Bad2{})
	show(Bad3{})
	show(Bad4{})
	show(Bad5{Note: "a--b"})
	show(Bad6{N: 1})
}
