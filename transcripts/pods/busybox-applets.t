The official busybox image (docker-library's glibc build) is one binary, /bin/busybox, and one
hard link to it per applet, all in /bin: busybox:1.36 is 1.36.1, built 2023-05-18, with 404
applets, so every name in /bin shares the binary's inode (405 links). `busybox --list` names the
applets, `busybox` alone prints its banner and the list. An applet the lab does not simulate says
so instead of pretending it is missing; a GNU tool the image never had is not found.
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- ls -l /bin/sh /bin/busybox /usr/bin/env
  -rwxr-xr-x  405 root     root       1015472 May 18  2023 /bin/busybox
  -rwxr-xr-x  405 root     root       1015472 May 18  2023 /bin/sh
  lrwxrwxrwx    1 root     root            13 May 18  2023 /usr/bin/env -> ../../bin/env
  $ kubectl exec box -- sh -c 'ls /bin | wc -l; busybox --list | wc -l; ls /bin | head -5'
  406
  404
  [
  [[
  acpid
  add-shell
  addgroup
  $ kubectl exec box -- which ls env nslookup
  /bin/ls
  /usr/bin/env
  /bin/nslookup
  $ kubectl exec box -- busybox
  BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.
  BusyBox is copyrighted by many authors between 1998-2015.
  Licensed under GPLv2. See source distribution for detailed
  copyright notices.
  
  Usage: busybox [function [arguments]...]
     or: busybox --list[-full]
     or: busybox --install [-s] [DIR]
     or: function [arguments]...
  
  	BusyBox is a multi-call binary that combines many common Unix
  	utilities into a single executable.  Most people will create a
  	link to busybox for each function they wish to use and BusyBox
  	will act like whatever it was invoked as.
  
  Currently defined functions:
  	[, [[, acpid, add-shell, addgroup, adduser, adjtimex, ar, arch, arp,
  	arping, ascii, ash, awk, base32, base64, basename, bc, beep,
  	blkdiscard, blkid, blockdev, bootchartd, brctl, bunzip2, bzcat, bzip2,
  	cal, cat, chat, chattr, chgrp, chmod, chown, chpasswd, chpst, chroot,
  	chrt, chvt, cksum, clear, cmp, comm, conspy, cp, cpio, crc32, crond,
  	crontab, cryptpw, cttyhack, cut, date, dc, dd, deallocvt, delgroup,
  	deluser, depmod, devmem, df, dhcprelay, diff, dirname, dmesg, dnsd,
  	dnsdomainname, dos2unix, dpkg, dpkg-deb, du, dumpkmap, dumpleases,
  	echo, ed, egrep, eject, env, envdir, envuidgid, ether-wake, expand,
  	expr, factor, fakeidentd, fallocate, false, fatattr, fbset, fbsplash,
  	fdflush, fdformat, fdisk, fgconsole, fgrep, find, findfs, flock, fold,
  	free, freeramdisk, fsck, fsck.minix, fsfreeze, fstrim, fsync, ftpd,
  	ftpget, ftpput, fuser, getopt, getty, grep, groups, gunzip, gzip, halt,
  	hd, hdparm, head, hexdump, hexedit, hostid, hostname, httpd, hush,
  	hwclock, i2cdetect, i2cdump, i2cget, i2cset, i2ctransfer, id, ifconfig,
  	ifdown, ifenslave, ifplugd, ifup, inetd, init, inotifyd, insmod,
  	install, ionice, iostat, ip, ipaddr, ipcalc, ipcrm, ipcs, iplink,
  	ipneigh, iproute, iprule, iptunnel, kbd_mode, kill, killall, killall5,
  	klogd, last, less, link, linux32, linux64, linuxrc, ln, loadfont,
  	loadkmap, logger, login, logname, logread, losetup, lpd, lpq, lpr, ls,
  	lsattr, lsmod, lsof, lspci, lsscsi, lsusb, lzcat, lzma, lzop, makedevs,
  	makemime, man, md5sum, mdev, mesg, microcom, mim, mkdir, mkdosfs,
  	mke2fs, mkfifo, mkfs.ext2, mkfs.minix, mkfs.vfat, mknod, mkpasswd,
  	mkswap, mktemp, modinfo, modprobe, more, mount, mountpoint, mpstat, mt,
  	mv, nameif, nanddump, nandwrite, nbd-client, nc, netstat, nice, nl,
  	nmeter, nohup, nologin, nproc, nsenter, nslookup, ntpd, od, openvt,
  	partprobe, passwd, paste, patch, pgrep, pidof, ping, ping6,
  	pipe_progress, pivot_root, pkill, pmap, popmaildir, poweroff, powertop,
  	printenv, printf, ps, pscan, pstree, pwd, pwdx, raidautorun, rdate,
  	rdev, readahead, readlink, readprofile, realpath, reboot, reformime,
  	remove-shell, renice, reset, resize, resume, rev, rm, rmdir, rmmod,
  	route, rpm, rpm2cpio, rtcwake, run-init, run-parts, runlevel, runsv,
  	runsvdir, rx, script, scriptreplay, sed, seedrng, sendmail, seq,
  	setarch, setconsole, setfattr, setfont, setkeycodes, setlogcons,
  	setpriv, setserial, setsid, setuidgid, sh, sha1sum, sha256sum, sha3sum,
  	sha512sum, showkey, shred, shuf, slattach, sleep, smemcap, softlimit,
  	sort, split, ssl_client, start-stop-daemon, stat, strings, stty, su,
  	sulogin, sum, sv, svc, svlogd, svok, swapoff, swapon, switch_root,
  	sync, sysctl, syslogd, tac, tail, tar, taskset, tc, tcpsvd, tee,
  	telnet, telnetd, test, tftp, tftpd, time, timeout, top, touch, tr,
  	traceroute, traceroute6, tree, true, truncate, ts, tsort, tty, ttysize,
  	tunctl, ubiattach, ubidetach, ubimkvol, ubirename, ubirmvol, ubirsvol,
  	ubiupdatevol, udhcpc, udhcpc6, udhcpd, udpsvd, uevent, umount, uname,
  	unexpand, uniq, unix2dos, unlink, unlzma, unshare, unxz, unzip, uptime,
  	users, usleep, uudecode, uuencode, vconfig, vi, vlock, volname, w,
  	wall, watch, watchdog, wc, wget, which, who, whoami, whois, xargs, xxd,
  	xz, xzcat, yes, zcat, zcip
  $ kubectl exec box -- busybox echo hello from the applet
  hello from the applet
  $ kubectl exec box -- busybox jq
  jq: applet not found
  command terminated with exit code 127
  $ kubectl exec box -- top -b -n 1
  top: this program is in the image, but not part of this lab yet
  command terminated with exit code 1
  $ kubectl exec box -- jq .
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "0106ef29be808b2a9c39dec68f1532f80cb83ef29e0ca2d8fe17b0c5032bf1d2": OCI runtime exec failed: exec failed: unable to start container process: exec: "jq": executable file not found in $PATH: unknown
  $ kubectl exec box -- sh -c 'jq . ; echo $?'
  sh: jq: not found
  127
  $ kubectl run box37 --image=busybox -- sleep 3600
  pod/box37 created
  $ sleep 10
  $ kubectl exec box37 -- sh -c 'busybox | head -1; ls -l /bin/getfattr'
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  -rwxr-xr-x  406 root     root       1017416 Sep 26  2024 /bin/getfattr
