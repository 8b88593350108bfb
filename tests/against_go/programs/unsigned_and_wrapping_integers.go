// Unsigned and narrow integers wrap where Go's do: a uint64 hash that runs past
// int64's range, a countdown kept with atomic.AddUint64(&n, ^uint64(0)), bit flags
// shifted in place, and an int32 counter that overflows to its minimum.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

type Flags uint

const (
	Read Flags = 1 << iota
	Write
	Exec
)

func (f Flags) String() string {
	s := ""
	for i, name := range []string{"r", "w", "x"} {
		if f&(1<<uint(i)) != 0 {
			s += name
		} else {
			s += "-"
		}
	}
	return s
}

// hash mixes the bytes of s the way FNV-1a does, from a small offset.
func hash(s string) uint64 {
	h := uint64(1469598103934665603)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	var pending uint64 = 8
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() {
			atomic.AddUint64(&pending, ^uint64(0))
		})
	}
	wg.Wait()
	fmt.Println("pending:", atomic.LoadUint64(&pending))

	var done atomic.Uint64
	done.Store(3)
	done.Add(^uint64(2))
	fmt.Println("done after three taken:", done.Load())

	words := []string{"mutex", "channel", "goroutine"}
	byHash := map[uint64]string{}
	var keys []uint64
	for _, w := range words {
		h := hash(w)
		byHash[h] = w
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%-9s %20d %016x bucket %d\n", byHash[k], k, k, k%8)
	}

	var under uint
	under--
	fmt.Println("zero minus one:", under, under/2+1, strconv.FormatUint(uint64(under), 16))
	big, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(big == uint64(under), err)
	_, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(err)

	var hits int32 = 2147483646
	for i := 0; i < 3; i++ {
		hits++
		fmt.Print(hits, " ")
	}
	fmt.Println()

	perm := Read
	perm <<= 1
	perm |= Exec
	fmt.Println(perm, Read|Write|Exec, ^Flags(0)&7)

	var b byte = 0x81
	fmt.Println(b<<1, b>>7, ^b, uint32(1)<<31, -uint32(b))
	shift := 65
	fmt.Println(uint64(1)<<shift, int64(-8)>>shift, uint64(1)<<63>>63)
	fmt.Printf("%T %T %v %#x\n", under, big, min(big, 7), uint64(255))
}
