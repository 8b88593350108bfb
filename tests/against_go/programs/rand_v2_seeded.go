// A board game played with math/rand/v2: a seeded PCG makes every run the same game (Go's
// own numbers), while the unseeded functions only show their range.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

type player struct {
	name string
	pos  int
}

func turnOrder(r *rand.Rand, players []player) []player {
	order := make([]player, 0, len(players))
	for _, i := range r.Perm(len(players)) {
		order = append(order, players[i])
	}
	return order
}

func main() {
	dice := rand.New(rand.NewPCG(2024, 7))
	players := turnOrder(dice, []player{{name: "ada"}, {name: "bo"}, {name: "cy"}})
	for round := 1; round <= 3; round++ {
		for i := range players {
			roll := dice.IntN(6) + 1
			players[i].pos += roll
			fmt.Printf("round %d: %s rolls %d, now at %d\n", round, players[i].name, roll, players[i].pos)
		}
	}
	fmt.Printf("weather: %.4f\n", dice.Float64())
	fmt.Println("seed id:", dice.Int()%1000)

	// The same seed gives the same game.
	a := rand.New(rand.NewPCG(1, 2))
	b := rand.New(rand.NewPCG(1, 2))
	same := true
	for range 100 {
		if a.IntN(1000) != b.IntN(1000) {
			same = false
		}
	}
	fmt.Println("same seed, same numbers:", same)

	// Unseeded: random each run, so only their range is printed.
	var wg sync.WaitGroup
	var mu sync.Mutex
	inRange := 0
	for range 4 {
		wg.Go(func() {
			wait := rand.N(20 * time.Millisecond)
			time.Sleep(wait)
			n := rand.IntN(10)
			f := rand.Float64()
			mu.Lock()
			if n >= 0 && n < 10 && f >= 0 && f < 1 && wait < 20*time.Millisecond {
				inRange++
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("draws in range:", inRange)
	fmt.Println("a deck of", len(rand.Perm(52)), "cards, a count below 3:", rand.N(3) < 3)
}
