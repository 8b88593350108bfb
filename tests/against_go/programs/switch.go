package main

import "fmt"

// grade names a score with a tagless switch; kind with a tag and several values per case.
func grade(score int) string {
	switch {
	case score >= 90:
		return "top"
	case score >= 50:
		return "pass"
	default:
		return "retry"
	}
}

func kind(n int) string {
	s := ""
	switch n % 4 {
	case 0:
		s += "zero "
		fallthrough
	case 1, 2:
		s += "low"
	default:
		s += "high"
	}
	return s
}

func main() {
	for _, score := range []int{95, 60, 10} {
		fmt.Println(score, grade(score))
	}
	for i := 0; i < 8; i++ {
		switch i {
		case 3:
			continue
		case 6:
			break
		default:
			fmt.Println(i, kind(i))
		}
		if i == 6 {
			fmt.Println("switch left at", i)
		}
	}
	count := 0
	for {
		switch word := "go"; word {
		case "stop":
			fmt.Println("never")
		case "go":
			count++
		}
		if count == 3 {
			break
		}
	}
	fmt.Println("count", count)
}
