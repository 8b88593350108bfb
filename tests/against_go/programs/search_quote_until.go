package main

import (
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Small library helpers a report or a scheduler reaches for.
func main() {
	deadlines := []int{5, 10, 10, 20, 40}
	for _, x := range []int{0, 10, 11, 40, 99} {
		fmt.Print(sort.SearchInts(deadlines, x), " ")
	}
	fmt.Println()
	names := []string{"ada", "bo", "cy", "dee"}
	fmt.Println(sort.SearchStrings(names, "bo"), sort.SearchStrings(names, "c"), sort.SearchStrings(nil, "x"))

	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'))
	fmt.Println(strconv.QuoteToASCII("naïve\tcafé"), strconv.QuoteToASCII("plain"))

	start := time.Now()
	due := start.Add(90 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	left := time.Until(due)
	fmt.Println(left > 50*time.Millisecond && left <= 60*time.Millisecond, time.Until(start) < 0)
}
