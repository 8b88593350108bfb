// A CPU-bound program for the cost model: the sieve of Eratosthenes, loops and a slice.
package main

import "fmt"

func main() {
	const n = 1_000_000
	composite := make([]bool, n)
	primes := 0
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		primes++
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(primes)
}
