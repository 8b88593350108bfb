package main

import "fmt"

type Stock struct {
	items map[string]int
}

func count(words []string) map[string]int {
	seen := make(map[string]int)
	for _, w := range words {
		seen[w] += 1
	}
	return seen
}

func main() {
	ages := map[string]int{"zoe": 31, "al": 40, "mia": 27}
	fmt.Println(ages, len(ages))
	ages["bo"] = 19
	ages["al"]++
	delete(ages, "zoe")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages), ages["nobody"])
	age, ok := ages["mia"]
	fmt.Println(age, ok)
	age, ok = ages["zoe"]
	fmt.Println(age, ok)
	if _, there := ages["bo"]; there {
		fmt.Println("bo is there")
	}
	sum := 0
	n := 0
	for name, a := range ages {
		sum += a
		n += len(name)
	}
	fmt.Println(sum, n)
	keys := 0
	for range ages {
		keys++
	}
	fmt.Println(keys)
	ids := map[int]bool{3: true, 1: false, 2: true}
	fmt.Println(ids, ids[3], ids[9])
	c := count([]string{"a", "b", "a", "c", "a"})
	fmt.Println(c)
	s := Stock{items: map[string]int{}}
	s.items["pen"] = 3
	s.items["pen"] -= 1
	fmt.Println(s.items, s)
	var none map[string]int
	fmt.Println(none["x"], len(none))
}
