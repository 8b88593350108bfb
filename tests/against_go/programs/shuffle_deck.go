// A dealer shuffles a deck three ways: math/rand's Shuffle, math/rand/v2's, and a seeded
// generator whose order is the same on every run. Each worker takes a hand from a channel.
package main

import (
	"fmt"
	"math/rand"
	r2 "math/rand/v2"
	"slices"
	"sync"
)

func deck() []string {
	var cards []string
	for _, suit := range []string{"S", "H"} {
		for _, rank := range []string{"A", "K", "Q", "J"} {
			cards = append(cards, rank+suit)
		}
	}
	return cards
}

func main() {
	// Unseeded: the order differs from run to run, the cards do not.
	cards := deck()
	rand.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
	slices.Sort(cards)
	fmt.Println("v1 still holds", cards)

	nums := []int{1, 2, 3, 4, 5, 6}
	r2.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	slices.Sort(nums)
	fmt.Println("v2 still holds", nums)

	perm := rand.Perm(6)
	slices.Sort(perm)
	fmt.Println("v1 perm holds", perm)

	// Seeded: Go's own order, the same every run.
	r := r2.New(r2.NewPCG(7, 11))
	cards = deck()
	swaps := 0
	r.Shuffle(len(cards), func(i, j int) {
		swaps++
		cards[i], cards[j] = cards[j], cards[i]
	})
	fmt.Println("seeded deck", cards, "after", swaps, "swaps")
	fmt.Println("seeded perm", r.Perm(5))

	hands := make(chan []string)
	var wg sync.WaitGroup
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hand := <-hands
			fmt.Println("a player got", len(hand), "cards")
		}()
	}
	hands <- cards[:4]
	hands <- cards[4:]
	wg.Wait()

	// Shuffling one card or none swaps nothing.
	r.Shuffle(1, func(i, j int) { fmt.Println("never") })
	r2.Shuffle(0, nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Shuffle(-1, func(i, j int) {})
}
