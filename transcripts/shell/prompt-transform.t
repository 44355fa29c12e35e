`${NAME@P}` decodes the value as bash decodes a prompt (who, where, when on the virtual
clock, characters by escape, readline's `\[`/`\]` markers as bytes 1 and 2 at the prompt),
then expands it as inside double quotes.
  $ p='\u@\h:\w\$ '; echo "[${p@P}]"
  [bigred@taroko:~$ ]
  $ cd /tmp; p='\W \d \A \101 $((1+2)) $(echo sub) \\'; echo "${p@P}"
  tmp Wed Apr 23 07:25 A 3 sub \
  $ p='\[\e[1m\]bold'; echo "${p@P}" | od -c | head -1
  0000000 001 033   [   1   m 002   b   o   l   d  \n
  $ bash -c 'p="\[x\]"; echo "${p@P}"'
  x
