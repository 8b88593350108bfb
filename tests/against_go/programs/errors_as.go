package main

import (
	"errors"
	"fmt"
	"time"
)

// A fetcher retries on timeouts and gives up on anything else; errors.As finds the kind.
type TimeoutError struct {
	After time.Duration
}

func (e TimeoutError) Error() string {
	return fmt.Sprintf("timed out after %v", e.After)
}

type StatusError struct {
	Code int
}

func (e *StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func fetch(try int) error {
	time.Sleep(10 * time.Millisecond)
	switch try {
	case 1, 2:
		return fmt.Errorf("try %d: %w", try, TimeoutError{time.Duration(try) * 100 * time.Millisecond})
	case 3:
		return fmt.Errorf("try %d: %w", try, &StatusError{503})
	}
	return nil
}

func main() {
	done := make(chan error)
	go func() {
		for try := 1; ; try++ {
			err := fetch(try)
			var te TimeoutError
			if errors.As(err, &te) {
				fmt.Println("retrying:", err, "-", te.After)
				continue
			}
			done <- err
			return
		}
	}()
	err := <-done
	var se *StatusError
	fmt.Println(errors.As(err, &se), se.Code, err)
	var te TimeoutError
	fmt.Println(errors.As(err, &te), te.After)
	var target error
	fmt.Println(errors.As(err, &target), target)
}
