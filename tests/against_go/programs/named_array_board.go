package main

import (
	"fmt"
	"sync"
)

type Board [3][3]string

func (b *Board) Mark(r, c int, who string) bool {
	if b[r][c] != "" {
		return false
	}
	b[r][c] = who
	return true
}

func (b *Board) ClearRow(r int) { b[r] = [3]string{} }

func (b Board) Row(r int) [3]string { return b[r] }

type Tally [4]int

func (t *Tally) Add(i int) { t[i]++ }

func main() {
	var b Board
	fmt.Println(b.Mark(1, 1, "x"), b.Mark(1, 1, "o"), b.Mark(0, 2, "o"))
	row := b.Row(1)
	row[0] = "changed"
	fmt.Println(b.Row(1), row)
	p := &b
	p.ClearRow(1)
	fmt.Printf("%q\n", b)
	for i, r := range p {
		fmt.Println(i, r, len(p), cap(p))
	}
	var t Tally
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			t.Add(i % 4)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(t, len(t))
	for i, n := range t {
		fmt.Print(i, ":", n, " ")
	}
	fmt.Println()
}
