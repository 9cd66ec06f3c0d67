#!/usr/bin/env bash
# Builds a minimal Java 17 base image as a `docker save` tarball from the JDK installed on this
# machine, so that Jib can build the application image with no registry at all
# (`./mvnw -Pjib,jib-offline package`). Production builds use eclipse-temurin:17-jre instead
# (`./mvnw -Pjib package`); this base exists for machines that reach only Maven Central.
#
# Contents: a jlink'ed runtime in /opt/java/openjdk, the shared libraries its binaries need (found
# with ldd), /etc/passwd naming the unprivileged user 10001 the image runs as, a writable /tmp. No shell, no package
# manager: the image can run the application against an external PostgreSQL, not the embedded one.
#
# Usage: src/ops/jib-base-image.sh OUTPUT.tar   (needs a JDK with jmods, GNU tar, ldd, sha256sum)
set -euo pipefail

out=${1:?usage: $0 OUTPUT.tar}
if [ -s "$out" ] && [ -z "${REBUILD:-}" ]; then
  echo "base image $out exists (REBUILD=1 to build it again)"
  exit 0
fi
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -d "$java_home/jmods" ] || { echo "no jmods in $java_home: install the JDK's jmods (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }
version=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "$version" = "17" ] || { echo "the base must be Java 17 like the build target; $java_home is Java $version" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
# proc, sys and dev are mount points for the container runtime (java finds its libraries via /proc/self/exe)
mkdir -p "$root/opt/java" "$root/etc" "$root/tmp" "$root/proc" "$root/sys" "$root/dev"
chmod 1777 "$root/tmp"

# java.se plus what Netty, TLS, Vietnamese locale data and operators' diagnostics (jcmd, JFR) need
"$java_home/bin/jlink" --output "$root/opt/java/openjdk" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.charsets,\
jdk.localedata,jdk.naming.dns,jdk.management,jdk.management.agent,jdk.jfr,jdk.jcmd,jdk.attach
# Debian's JDK links some files to /etc (cacerts, policy): put real files in the image
find "$root/opt/java/openjdk" -type l | while read -r link; do
  target=$(readlink -f "$link")
  rm "$link"
  cp "$target" "$link"
done

# every shared library the runtime's binaries load, at the same path as on this machine
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $2 ~ /^\(/ { print $1 }' |
  grep -v "^$root" | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
# glibc loads libgcc_s at run time to unwind threads
for lib in /lib/x86_64-linux-gnu/libgcc_s.so.1 /usr/lib/x86_64-linux-gnu/libgcc_s.so.1; do
  if [ -f "$lib" ]; then mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; break; fi
done
if [ ! -e "$root/lib64/ld-linux-x86-64.so.2" ]; then
  mkdir -p "$root/lib64"
  cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
fi

# LANG=C.UTF-8 needs the compiled locale, or Java 17 falls back to ASCII for file names and stdout
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$root/usr/lib/locale"
  cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi

printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:app:/nonexistent:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

# one layer, reproducible: fixed owner and time, sorted names
tar --sort=name --mtime='2025-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
  -C "$root" -cf "$work/layer.tar" .
diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
EOF
cat > "$work/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["hocluat-base/jre:17"],"Layers":["layer.tar"]}]
EOF
mkdir -p "$(dirname "$out")"
tar --sort=name --mtime='2025-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner \
  -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image $(du -h "$out" | cut -f1) written to $out (Java $version from $java_home)"
