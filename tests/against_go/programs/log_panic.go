// log.Panic
// log.Panicln writes its line, then panics with the same words.
package main

import (
	"fmt"
	"log"
)

func check(n int) {
	if n > 2 {
		log.Panicln("too many:", n)
	}
	fmt.Println("ok", n)
}

func main() {
	log.SetFlags(log.Lshortfile)
	for i := 1; i <= 5; i++ {
		check(i)
	}
}
