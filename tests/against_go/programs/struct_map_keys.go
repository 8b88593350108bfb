package main

import (
	"fmt"
	"sync"
)

// Structs as map keys: compared field by field, printed sorted by their fields, counted
// from goroutines under a Mutex.
type pos struct{ r, c int }

type visit struct {
	at   pos
	who  string
	last bool
}

func main() {
	board := map[pos]string{{0, 0}: "rook", {7, 4}: "king"}
	board[pos{0, 7}] = "rook"
	delete(board, pos{7, 4})
	_, taken := board[pos{7, 4}]
	fmt.Println(board, len(board), taken)

	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := make(map[visit]int)
	for i := range 8 {
		wg.Go(func() {
			v := visit{pos{i % 3, 1}, "ant", i%2 == 0}
			mu.Lock()
			seen[v]++
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(len(seen))
	fmt.Println(seen)

	k := pos{2, 2}
	marks := map[pos]bool{k: true}
	k.r = 9
	fmt.Println(marks[pos{2, 2}], marks[k])
}
