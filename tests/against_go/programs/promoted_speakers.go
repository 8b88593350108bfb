package main

import (
	"fmt"
	"sync"
)

// Animal holds what every pet shares; its methods are promoted to the pets that embed it.
type Animal struct {
	Name  string
	Sound string
}

func (a Animal) Speak() string { return a.Name + " says " + a.Sound }

func (a Animal) Rename(to string) Animal {
	a.Name = to
	return a
}

type Dog struct {
	Animal
	Tricks int
}

type Cat struct {
	Animal
}

func (c Cat) Speak() string { return c.Name + " ignores you" }

type Speaker interface{ Speak() string }

type Named interface {
	Speak() string
	Rename(to string) Animal
}

func main() {
	rex := Dog{Animal{"Rex", "woof"}, 3}
	pets := []Speaker{rex, Cat{Animal{"Tom", "meow"}}, &Dog{Animal: Animal{"Fido", "arf"}}}
	lines := make([]string, len(pets))
	var wg sync.WaitGroup
	for i, p := range pets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lines[i] = p.Speak()
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
	var n Named = rex
	fmt.Println(n.Rename("Max").Speak(), n.Speak())
	fmt.Printf("%T %v\n", n, n)
	var s fmt.Stringer
	fmt.Println(s == nil)
}
