package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

func apply(xs []int, f func(int) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	transforms := map[string]func(string) string{
		"upper": strings.ToUpper,
		"lower": strings.ToLower,
		"trim":  strings.TrimSpace,
	}
	names := []string{"lower", "trim", "upper"}
	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := transforms[name]
			results[i] = t("  Gopher  ")
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%s: %q\n", names[i], r)
	}
	fmt.Println(strings.Join(apply([]int{1, 22, 333}, strconv.Itoa), "+"))
	root := math.Sqrt
	fmt.Println(root(2), root(16))
	steps := []func(float64) float64{math.Floor, math.Ceil, math.Abs}
	for _, step := range steps {
		fmt.Print(step(-2.5), " ")
	}
	fmt.Println()
	var join func([]string, string) string = strings.Join
	fmt.Println(join([]string{"a", "b"}, "-"))
}
