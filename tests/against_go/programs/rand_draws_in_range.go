// The top-level draws of math/rand are seeded at random: what a program can count on is
// their ranges, their types and how they are spread.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var outside int
	var normSum, expSum float64
	var big int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				a := rand.Int63n(1000)
				b := rand.Int31n(7)
				c := rand.Int63()
				d := rand.Int31()
				n := rand.NormFloat64()
				e := rand.ExpFloat64()
				u := rand.Uint32()
				mu.Lock()
				if a < 0 || a >= 1000 || b < 0 || b >= 7 || c < 0 || d < 0 || e < 0 {
					outside++
				}
				big = max(big, c)
				normSum += n
				expSum += e
				_ = u
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("outside their range:", outside)
	fmt.Println("an Int63 above 2^40:", big > 1<<40)
	fmt.Println("normal mean near 0:", math.Abs(normSum/2000) < 0.15)
	fmt.Println("exponential mean near 1:", math.Abs(expSum/2000-1) < 0.15)
	var small int32 = rand.Int31n(1)
	fmt.Printf("%T %v\n", small, small)
	fmt.Println(rand.Int63n(0))
}
