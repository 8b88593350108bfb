// Sorting and searching slices
// sort and slices put numbers and names in order, find them and their extremes; a stable
// sort keeps the order of equal keys, an unstable one need not, and Go's picks one.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type player struct {
	name  string
	score int
}

func main() {
	nums := []int{42, 7, 19, 7, 88, -3, 0, 15, 23, 4, 16, 8, 61, 2}
	sort.Ints(nums)
	fmt.Println(nums, sort.IntsAreSorted(nums))
	names := []string{"mallory", "alice", "eve", "bob", "carol", "Dave"}
	sort.Strings(names)
	fmt.Println(names)
	prices := []float64{9.99, 0.5, 3, 12.25, 3}
	slices.Sort(prices)
	fmt.Println(prices, slices.Max(prices), slices.Min(prices))
	fmt.Println(slices.Contains(names, "eve"), slices.Index(names, "carol"), slices.Index(nums, 100))
	slices.Reverse(names)
	fmt.Println(names, slices.Equal(nums, []int{1}))
	players := []player{
		{"ann", 3}, {"ben", 1}, {"cid", 3}, {"dee", 2}, {"eli", 1}, {"fay", 3}, {"gus", 2},
		{"hal", 1}, {"ivy", 3}, {"jon", 2}, {"kim", 1}, {"lou", 3}, {"max", 2}, {"ned", 1},
	}
	byScore := func(i, j int) bool { return players[i].score > players[j].score }
	sort.SliceStable(players, byScore)
	fmt.Println(players)
	sort.Slice(players, func(i, j int) bool { return players[i].name < players[j].name })
	fmt.Println(players)
	sort.Slice(players, byScore)
	fmt.Println(players)
	words := []string{"pear", "fig", "banana", "kiwi", "apple", "plum", "date"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	// slices' sorts take a comparison of two elements: negative when a goes first.
	slices.SortFunc(players, func(a, b player) int { return b.score - a.score })
	fmt.Println(players)
	slices.SortStableFunc(players, func(a, b player) int { return a.score - b.score })
	fmt.Println(players)
	slices.SortFunc(words, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return 0
	})
	fmt.Println(words)
}
