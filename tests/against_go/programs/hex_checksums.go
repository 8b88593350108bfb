// Verifying downloads against published checksums: the site lists each file's MD5 in hex,
// the program decodes what was typed (mistakes and all) and compares it with the digest of
// what arrived, and prints its own digests with encoding/hex.
package main

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
)

type download struct {
	name      string
	body      string
	published string
}

func main() {
	downloads := []download{
		{"go.tar.gz", "pretend this is a tarball", ""},
		{"notes.txt", "hello, gophers\n", "5a8c3270312adb46df7046e37904b8eb"},
		{"broken.bin", "bits flipped in transit", "5a8c3270312adb46df7046e37904b8eb"},
		{"typo.txt", "x", "9dd4e461268c8034f5c8564e155c67a"},
		{"bad-digit.txt", "x", "9dd4e461268c8034f5c8564e155c67ag"},
		{"upper.txt", "x", "9DD4E461268C8034F5C8564E155C67A6"},
	}
	for _, d := range downloads {
		sum := md5.Sum([]byte(d.body))
		got := hex.EncodeToString(sum[:])
		if d.published == "" {
			fmt.Printf("%-14s %s (nothing published)\n", d.name, got)
			continue
		}
		want, err := hex.DecodeString(d.published)
		if err != nil {
			fmt.Printf("%-14s cannot read the published sum: %v (%T, %d bytes read)\n", d.name, err, err, len(want))
			continue
		}
		fmt.Printf("%-14s %s ok=%v\n", d.name, got, bytes.Equal(want, sum[:]))
	}
	fmt.Println(hex.EncodedLen(md5.Size), hex.DecodedLen(32), hex.EncodeToString(nil) == "")
	raw, err := hex.DecodeString("476f70686572")
	fmt.Printf("%s %v\n", raw, err)
}
