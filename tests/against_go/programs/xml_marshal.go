// A plant catalogue written as XML, as a garden centre's program might: the element named by
// XMLName, an id attribute, repeated origin elements, MarshalIndent's prefix and indent, the
// header, a String method after reading it back, and plants nested under parent>child.
package main

import (
	"encoding/xml"
	"fmt"
)

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v", p.Id, p.Name, p.Origin)
}

type Shelf struct {
	XMLName xml.Name `xml:"shelf"`
	Plants  []*Plant `xml:"rack>tray>plant"`
}

type Reading struct {
	Sensor  string
	Celsius float64
	Wet     bool
	Count   int
}

func main() {
	fern := &Plant{Id: 12, Name: "Fern"}
	fern.Origin = []string{"New Zealand", "Japan"}

	out, _ := xml.MarshalIndent(fern, " ", "  ")
	fmt.Println(string(out))
	fmt.Println(xml.Header + string(out))

	var back Plant
	if err := xml.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Println(back)
	fmt.Printf("%+v\n", back.XMLName)

	basil := &Plant{Id: 40, Name: "Basil", Origin: []string{"India"}}
	shelf := &Shelf{Plants: []*Plant{fern, basil}}
	out, _ = xml.MarshalIndent(shelf, " ", "  ")
	fmt.Println(string(out))

	flat, err := xml.Marshal(shelf)
	fmt.Println(string(flat), err)

	// No XMLName and no tags: the type's and the fields' own names.
	r := Reading{Sensor: "bed-3", Celsius: 21.5, Wet: true, Count: 7}
	out, err = xml.MarshalIndent(r, "", "\t")
	fmt.Println(string(out), err)

	// Values that are not structs take their type's name.
	for _, v := range []any{42, 2.5, "tea & <cake>", true, []string{"a", "b"}} {
		b, err := xml.Marshal(v)
		fmt.Println(string(b), err)
	}

	// What XML cannot hold.
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(struct{ N int }{1})
	fmt.Println(err)
	var none *Plant
	b, err := xml.Marshal(none)
	fmt.Printf("%q %v\n", string(b), err)
}
