// A pool of workers each taking URLs apart: the parsing runs in goroutines, the results come
// back on a channel and are printed in order.
package main

import (
	"fmt"
	"net/url"
	"sync"
)

type result struct {
	index int
	line  string
}

func worker(jobs <-chan int, links []string, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range jobs {
		u, err := url.Parse(links[i])
		if err != nil {
			out <- result{i, "bad: " + err.Error()}
			continue
		}
		q := u.Query()
		q.Set("seen", "yes")
		u.RawQuery = q.Encode()
		out <- result{i, fmt.Sprintf("%s host=%s port=%q -> %s", u.Scheme, u.Hostname(), u.Port(), u)}
	}
}

func main() {
	links := []string{
		"https://golang.org/doc/?lang=en",
		"http://localhost:6060/pkg/net/url/",
		"ftp://files.example.com:2121/pub/",
		"http://[::1",
		"https://example.com/search?q=gophers&page=2",
		"https://user@example.org/private#top",
	}
	jobs := make(chan int)
	out := make(chan result, len(links))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, links, out, &wg)
	}
	for i := range links {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(out)

	lines := make([]string, len(links))
	for r := range out {
		lines[r.index] = r.line
	}
	for i, l := range lines {
		fmt.Println(i, l)
	}

	// Goroutines sharing one url.Values behind a mutex.
	var mu sync.Mutex
	shared := url.Values{}
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			shared.Add("worker", fmt.Sprint(n))
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(len(shared["worker"]), shared.Has("worker"))
}
