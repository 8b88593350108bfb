package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name  string        `json:"name"`
	At    time.Time     `json:"at"`
	Took  time.Duration `json:"took"`
	Later time.Time     `json:"later"`
}

func main() {
	start := time.Date(2024, time.March, 9, 14, 5, 7, 120000000, time.UTC)
	events := []Event{
		{Name: "begin", At: start, Took: 1500 * time.Millisecond},
		{Name: "whole", At: start.Add(time.Hour).Truncate(time.Second)},
		{Name: "nano", At: time.Unix(1700000000, 1).UTC()},
	}
	end := start.AddDate(0, 1, 0)
	events[0].Later = end
	b, err := json.MarshalIndent(events, "", " ")
	fmt.Println(string(b), err)
	var zero Event
	b, _ = json.Marshal(zero)
	fmt.Println(string(b))
	b, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(string(b), err)
}
