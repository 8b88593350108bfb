// Session tokens: a user's name and role encoded in base64, checked with a SHA-256
// fingerprint, and what happens when a token arrives damaged.
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
)

func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:16]
}

func main() {
	user := "grace:admin"
	token := base64.StdEncoding.EncodeToString([]byte(user))
	fmt.Println("token:", token)
	fmt.Println("url-safe:", base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println("raw:", base64.RawStdEncoding.EncodeToString([]byte("go!!")))
	fmt.Println("raw url:", base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))

	back, err := base64.StdEncoding.DecodeString(token)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	parts := strings.Split(string(back), ":")
	name, role := parts[0], parts[1]
	fmt.Printf("name=%s role=%s\n", name, role)

	for _, bad := range []string{"Z3JhY2U6*WRtaW4=", "Z3JhY2U", "Z3JhY2U6YWRtaW4==="} {
		got, err := base64.StdEncoding.DecodeString(bad)
		fmt.Printf("%q: %d bytes, %v (%T)\n", bad, len(got), err, err)
	}

	sum := sha256.Sum256([]byte(user))
	fmt.Printf("sum256: %x\n", sum)
	fmt.Printf("first bytes: %X\n", sum[:4])
	fmt.Println("size:", len(sum))
	fmt.Println("fingerprint:", fingerprint(name, role))
	fmt.Println("same again:", fingerprint(name, role) == fingerprint("grace", "admin"))
	empty := sha256.New()
	fmt.Printf("empty: %x\n", empty.Sum(nil))
}
