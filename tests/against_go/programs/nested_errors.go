package main

import (
	"errors"
	"fmt"
	"sync"
)

// Checks run in parallel; each outcome keeps its error, printed whole at the end.
type Outcome struct {
	Name string
	Err  error
}

type Level int

func (l Level) String() string {
	if l > 1 {
		return "high"
	}
	return "low"
}

var ErrDown = errors.New("service down")

func check(name string) error {
	switch name {
	case "db":
		return fmt.Errorf("check %s: %w", name, ErrDown)
	case "cache":
		return errors.New("cache cold")
	}
	return nil
}

func main() {
	names := []string{"api", "db", "cache"}
	results := make(chan Outcome)
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- Outcome{n, check(n)}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var outcomes []Outcome
	for o := range results {
		outcomes = append(outcomes, o)
	}
	byName := map[string]error{}
	var errs []error
	for _, o := range outcomes {
		fmt.Println(o)
		byName[o.Name] = o.Err
		if o.Err != nil {
			errs = append(errs, o.Err)
		}
	}
	fmt.Println(byName)
	fmt.Println(errs, len(errs))
	fmt.Printf("%v|%d\n", errs, len(errs))
	var anyOutcome any = outcomes[1]
	fmt.Println(anyOutcome, errors.Is(outcomes[1].Err, ErrDown))
	levels := []any{Level(1), Level(2), 3}
	fmt.Println(levels)
	fmt.Printf("%v %d %s\n", Level(2), Level(2), Level(0))
}
