// Numbers from text, and errors
// strconv turns text into numbers and back; a text that is no number gives an error, which
// the program checks and prints. errors.New and fmt.Errorf make errors of its own.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errNegative = errors.New("negative amount")

func parseAmount(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	if n < 0 {
		return 0, errNegative
	}
	return n, nil
}

func main() {
	total := 0
	for _, s := range []string{"12", "+7", "-3", "4x", "", "99999999999999999999"} {
		n, err := parseAmount(s)
		if err == errNegative {
			fmt.Println("skipped", s, "-", err)
			continue
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total += n
	}
	fmt.Println("total", strconv.Itoa(total), strconv.Quote("tab\there \"quoted\""))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	b, err := strconv.ParseBool("True")
	fmt.Println(b, err, strconv.FormatBool(!b))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	x, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(x, err)
	y, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(y, err)
	f, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	var e error
	fmt.Println(e == nil, e)
	e = fmt.Errorf("wrapped: %w", errNegative)
	fmt.Printf("%v|%s|%q|%x|%12.7s|%T|%T\n", e, e, e, errNegative, e, e, errNegative)
	fmt.Println(e.Error(), len(e.Error()))
}
