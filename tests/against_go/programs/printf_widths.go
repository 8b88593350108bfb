package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Printf("[%6s][%-6s][%5d][%-5d][%05d]\n", "go", "go", 42, 42, 42)
	fmt.Printf("[%.2f][%8.3f][%-8.1f][%x]\n", 3.14159, 2.71828, 1.5, 255)
	fmt.Printf("[%6s][%-8v][%3s]\n", 1500*time.Millisecond, 90*time.Second, "toolong")
	fmt.Printf("[%.3s][%q][%t][%v]\n", "abcdef", "hi", true, []int{1, 2})
	d := 1234567 * time.Microsecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Hour))
	fmt.Print(fmt.Sprintf("%3d|%-3d|\n", 7, 7))
	fmt.Print(fmt.Sprint("a", 1, 2, "b", 3.5), fmt.Sprintln("x", 3, true))
}
