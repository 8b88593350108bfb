package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 41}, {"Fay", 19}}
	fmt.Println(sort.IsSorted(byAge(people)))
	sort.Sort(byAge(people))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(byAge(people)))
	fruits := []string{"peach", "banana", "kiwi", "fig", "apple", "plum", "cherry"}
	sort.Stable(byLength(fruits))
	fmt.Println(fruits)
	l := byLength{"ccc", "a", "bb"}
	sort.Sort(l)
	fmt.Println(l, len(l), l[0])
	fmt.Printf("%v %T %d\n", l, l, len([]string(l)))
	sort.Stable(sort.Reverse(byAge(people)))
	fmt.Println(people)
	sort.Sort(sort.Reverse(byLength(fruits)))
	fmt.Println(fruits, sort.IsSorted(byLength(fruits)))
	// Enough equal ages for Go's pdqsort to choose pivots: the order of equals is Go's own.
	var crowd []Person
	for i := range 60 {
		crowd = append(crowd, Person{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	sort.Sort(byAge(crowd))
	fmt.Println(crowd)
	sort.Stable(sort.Reverse(byAge(crowd)))
	fmt.Println(crowd[:12])
}
