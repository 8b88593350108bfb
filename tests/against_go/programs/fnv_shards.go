// A map split into shards, each with its own Mutex: a key's FNV-1a hash picks its shard,
// so goroutines counting different words rarely wait for each other.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const shardCount = 4

type shard struct {
	mu     sync.Mutex
	counts map[string]int
}

var shards [shardCount]*shard

func shardOf(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % shardCount
}

func add(key string) {
	s := shards[shardOf(key)]
	s.mu.Lock()
	s.counts[key]++
	s.mu.Unlock()
}

func main() {
	for i := range shards {
		shards[i] = &shard{counts: map[string]int{}}
	}
	words := []string{"go", "chan", "mutex", "select", "go", "defer", "chan", "go"}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, word := range words {
				add(word)
			}
		}()
	}
	wg.Wait()
	for i, s := range shards {
		fmt.Println("shard", i, "holds", len(s.counts), "words")
	}
	for _, word := range []string{"go", "chan", "defer"} {
		s := shards[shardOf(word)]
		fmt.Printf("%-6s shard %d count %d\n", word, shardOf(word), s.counts[word])
	}

	h := fnv.New32a()
	fmt.Println(h.Sum32())
	h.Write([]byte("gopher"))
	fmt.Printf("%d %x %v\n", h.Sum32(), h.Sum32(), h.Sum32()%7)
	h.Reset()
	h.Write([]byte("go"))
	h.Write([]byte("pher"))
	fmt.Println(h.Sum32(), int(h.Sum32())%10)
	g := fnv.New32()
	g.Write([]byte("gopher"))
	var sum uint32 = g.Sum32()
	fmt.Printf("%T %d %d\n", sum, sum, sum>>16)
	var x uint32 = 4294967295
	x++
	y := uint32(1) << 31
	fmt.Println(x, x-1, y*2, y+y-1, -y)
}
