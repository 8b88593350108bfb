// Errors gathered from several goroutines and joined into one (errors.Join, Go 1.20), and
// an error that wraps two at once (fmt.Errorf with two %w): errors.Is and errors.As find
// what is inside either, however deep.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrTimeout = errors.New("timeout")
var ErrRefused = errors.New("refused")

type CodeError struct{ Code int }

func (e *CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

func check(host int) error {
	switch host % 4 {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("host %d: %w", host, ErrTimeout)
	case 2:
		return &CodeError{Code: 500 + host}
	default:
		return fmt.Errorf("host %d: %w (after %w)", host, ErrRefused, &CodeError{Code: 400})
	}
}

func main() {
	errs := make([]error, 8)
	var wg sync.WaitGroup
	for h := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[h] = check(h)
		}()
	}
	wg.Wait()
	all := errors.Join(errs...)
	fmt.Println(all)
	fmt.Printf("%T\n", all)
	fmt.Println(errors.Is(all, ErrTimeout), errors.Is(all, ErrRefused))
	var ce *CodeError
	if errors.As(all, &ce) {
		fmt.Println("first code:", ce.Code)
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(nil, ErrTimeout)
	fmt.Println(one, one == ErrTimeout, errors.Is(one, ErrTimeout))
	two := fmt.Errorf("both: %w and %w", ErrTimeout, ErrRefused)
	fmt.Printf("%v|%T|%v %v\n", two, two, errors.Is(two, ErrRefused), errors.Unwrap(two) == nil)
	nested := fmt.Errorf("outer: %w", errors.Join(ErrRefused, &CodeError{7}))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrRefused), errors.As(nested, &ce), ce.Code)
	fmt.Println(errors.Is(nil, ErrTimeout), errors.Is(all, nil))
}
