## statusdoc analyze: ayuda, etiquetas y problemas de la captura.

cli-analyze-about = Lee capturas (pcap, pcapng, Network Monitor, Endace ERF, snoop; también comprimidos: gzip, zstd, xz, bzip2, lz4) o logs SIP, volcados de ngrep / tcpdump y exportaciones de Wireshark (detalles de paquetes en texto, JSON o PDML; volcados hexadecimales), o directorios y archivos ZIP y tar que los contengan («-» para la entrada estándar) y muestra cada llamada SIP: diagrama, desenlace y el significado de cada fallo
cli-analyze-files = Capturas o logs que leer («-» para la entrada estándar); varios se combinan en una misma línea de tiempo, y cada trama se muestra con su archivo; los archivos de un búfer circular se leen uno tras otro como una sola captura (una conexión TCP o TLS continúa de uno al siguiente)
cli-analyze-call = Solo la llamada con este Call-ID y las que las cabeceras enlazan con ella, directamente o a través de otras llamadas (otros tramos, una transferencia)
cli-analyze-failed = Solo las llamadas que fallaron
cli-analyze-max-messages = Dejar de leer tras este número de mensajes SIP (el resto se informa, nunca se descarta en silencio)
cli-analyze-max-open-calls = Máximo de llamadas abiertas a la vez; por encima, las que llevan más tiempo inactivas se escriben antes (la memoria sigue acotada ante una avalancha de llamadas nuevas)

analyze-summary = { $messages ->
    [one] Un mensaje SIP
   *[other] { $messages } mensajes SIP
}, { $calls ->
    [one] una llamada
   *[other] { $calls } llamadas
} ({ $failed ->
    [one] 1 fallida
   *[other] { $failed } fallidas
}), { $errors ->
    [one] un problema
   *[other] { $errors } problemas
}.
analyze-call = Llamada { $call_id }
analyze-outcome = { $state ->
    [answered] contestada
    [failed] fallida
    [cancelled] cancelada
    [completed] completada
   *[incomplete] incompleta
}
analyze-setup = establecimiento { $seconds } s
analyze-duration = duración { $seconds } s
analyze-linked = tramos enlazados: { $calls }
analyze-retransmission = retransmisión
# An address a log does not give (the side that wrote it, usually).
analyze-address-unknown = (no consta en el log)
# A call a log gave without any address: the side that sent its first
# request (its From) and the other, when its URIs do not tell them apart.
analyze-side-first = (lado From)
analyze-side-other = (lado To)
analyze-frame = trama { $frame }
analyze-frame-in = trama { $frame } de { $input }
analyze-frames-in = { $frames } de { $input }
analyze-line = línea { $frame }
analyze-line-in = línea { $frame } de { $input }
analyze-stdin = entrada estándar
analyze-stdin-terminal = Leyendo de la terminal: pega los mensajes SIP o las líneas del log y pulsa Ctrl-D en una línea aparte.
analyze-too-many-inputs = Se han dado { $count } entradas; se leen juntas como mucho { $limit }.
analyze-too-many-files = Las entradas dadas contienen más de { $limit } ficheros (un directorio o un archivo comprimido cuenta como los ficheros que contiene); se leen juntos como mucho { $limit }.
analyze-directory-empty = { $dir } no contiene ningún fichero que leer (los ficheros ocultos, cuyo nombre empieza por un punto, se omiten).
analyze-problems = Problemas en la entrada
analyze-no-calls = No se ha encontrado ninguna llamada SIP.
analyze-no-call-id = Ninguna llamada tiene el Call-ID «{ $call_id }» ({ $calls ->
    [one] se ha leído una llamada
   *[other] se han leído { $calls } llamadas
}); --call espera un Call-ID entero, como lo muestra el encabezado del diagrama.
analyze-no-failed-call-id = Ninguna llamada fallida tiene el Call-ID «{ $call_id }» ({ $calls ->
    [one] se ha leído una llamada
   *[other] se han leído { $calls } llamadas
}).
analyze-no-failed-calls = { $calls ->
    [one] La única llamada leída no ha fallado.
   *[other] Ninguna de las { $calls } llamadas leídas ha fallado.
}
analyze-cannot-open = No se puede abrir { $file }: { $reason }
analyze-tls-keys-none = { $file } no contiene secretos de sesión TLS: un registro de claves tiene líneas como CLIENT_RANDOM o CLIENT_TRAFFIC_SECRET_0, cada una con un client random y un secreto en hexadecimal (formato de registro de claves NSS, como lo escribe SSLKEYLOGFILE)
analyze-only-tls-keys = Las entradas dadas contienen secretos de sesión TLS (un key log) pero ninguna captura ni log: indique también la captura cuyo SIP sobre TLS descifran.

analyze-problem-unknown-format = { $detail ->
    [empty] la entrada está vacía: no hay nada que leer
    [zip] un archivo ZIP en la entrada estándar o dentro de otro archivo comprimido: páselo como fichero propio, y se leerán una a una sus capturas y logs, o extráigalos antes
    [tar] un archivo tar en la entrada estándar o dentro de otro archivo comprimido: páselo como fichero propio, y se leerán una a una sus capturas y logs, o extráigalos antes
    [sevenzip] un archivo 7-Zip: extraiga antes la captura o el log
    [rar] un archivo RAR: extraiga antes la captura o el log
    [archive-encrypted] un fichero del archivo comprimido que está cifrado: extráigalo antes con su contraseña
    [archive-method] un fichero del archivo comprimido con un método que aquí no se lee (solo se leen los ficheros almacenados o comprimidos con deflate de un ZIP y los ficheros normales de un tar): extráigalo antes
    [archive-damaged] un archivo comprimido cortado o dañado: no se puede leer su directorio o la cabecera de su siguiente fichero, así que los ficheros que siguen no se leen (los anteriores sí)
    [archive-too-many] un archivo comprimido de más de 10.000 entradas: extraiga antes los ficheros que necesite
    [archive-empty] un archivo comprimido que no contiene ningún fichero (solo directorios)
   *[other] no es una captura que esta herramienta sepa leer (pcap, pcapng, Network Monitor 2.x, Endace ERF, snoop) ni un log o volcado de paquetes en texto (ngrep, tcpdump -A o -X, detalles de paquetes, volcado hexadecimal o flujo seguido de Wireshark) con mensajes SIP completos { $detail }
}
analyze-problem-damaged-file = el archivo termina a mitad de un bloque o está dañado { $detail }
analyze-problem-unsupported-link-type = el tipo de enlace { $detail } no tiene decodificador; se han omitido sus paquetes
analyze-problem-truncated = paquete cortado por el snaplen de la captura ({ $detail } bytes conservados)
analyze-problem-incomplete-fragments = fragmentos (IP, o de un mensaje SCTP) cuyas otras partes nunca llegaron ({ $detail })
analyze-problem-bad-fragment = un fragmento IP que no encaja con los demás de su datagrama ({ $detail }): una longitud que no es múltiplo de 8 aunque siguen más fragmentos, un datagrama de más de 65.535 bytes o un final distinto del que dio otro fragmento; el datagrama no puede recomponerse y no se lee
analyze-problem-tcp-gap = faltan bytes en un flujo TCP ({ $detail }); se pierden los mensajes que cruzan el hueco
analyze-problem-sctp-gap = faltan chunks DATA en una asociación SCTP (emisor → receptor, cuántos: { $detail }); se pierden los mensajes que llevaban
analyze-problem-tcp-incomplete = un flujo TCP terminó a mitad de un mensaje SIP ({ $detail })
analyze-problem-tls = TLS en un puerto SIP ({ $detail }): su SIP no se puede leer sin los secretos de la sesión. Indique el registro de claves que escribió un extremo (SSLKEYLOGFILE, formato NSS): con --tls-keys ARCHIVO, en el campo de registro de claves de la página web, o dentro de un archivo pcapng (editcap --inject-secrets tls,ARCHIVO); la captura debe incluir el handshake de la conexión
analyze-problem-tls-unsupported = TLS que aquí no se descifra ({ $detail }): se descifran TLS 1.3 y 1.2, con AES-GCM, ChaCha20-Poly1305 o AES-CBC, y TLS 1.1 y 1.0 con AES-CBC; Wireshark puede descifrar este con el mismo registro de claves y exportar su SIP (Archivo › Exportar PDUs a archivo…, "OSI layer 7"): analice ese archivo
analyze-problem-tls-undecryptable = registros TLS que no se descifran con los secretos de sesión indicados ({ $detail }): el registro de claves tiene otros secretos para esta sesión, o faltan registros en la captura; no se lee lo que sigue en ese sentido
analyze-problem-tls-no-handshake = TLS en un puerto SIP cuyo handshake no está en la captura ({ $detail }): la conexión se abrió antes de que empezara la captura, y el registro de claves se consulta por el valor aleatorio que envió su handshake, así que su SIP no se puede leer ni con los secretos. Capture desde antes de que se abra la conexión (un troncal SIP abre una nueva cuando se reinicia), o indique juntos los archivos de un búfer circular, para que se lea primero el que contiene el handshake
analyze-problem-tls-no-secrets = TLS en un puerto SIP cuyos secretos de sesión no están en el registro de claves indicado ({ $detail }): se leyó el handshake, pero no hay secretos registrados para su valor aleatorio, así que su SIP no se puede leer. Indique el registro de claves escrito mientras se abría esta conexión (un extremo escribe una línea por sesión, SSLKEYLOGFILE): el de una ejecución anterior o posterior, o el de otro extremo que no participó, no los tiene
analyze-problem-unparsable = parece SIP, pero no se puede interpretar: { $detail }
analyze-problem-not-sip = un datagrama en un puerto SIP que no es SIP ({ $detail })
analyze-problem-limit-reached = se alcanzó un límite ({ $detail }); lo que sigue no se ha leído
analyze-problem-held-calls-limit = { $detail } llamadas enlazadas con la llamada pedida (--call) no se muestran: cada una terminó mucho antes que la llamada que la enlaza con la pedida (entre medias terminaron más de 10.000 llamadas enlazadas) y ya no se conservaba; analice un tramo más corto de la captura, o pida la llamada que las enlaza
analyze-problem-more-problems = se encontraron { $detail } problemas más que no se listan, para que la memoria no crezca sin límite
analyze-problem-open-calls-limit = hubo más de { $detail } llamadas abiertas a la vez: las que llevaban más tiempo inactivas se cerraron antes, y un mensaje posterior de una de ellas inicia una llamada nueva
analyze-problem-call-messages-limit = una llamada llegó a { $detail } mensajes: se escribió en ese punto, y sus mensajes posteriores forman otra llamada con el mismo Call-ID
analyze-problem-connections-limit = las conexiones TCP retuvieron más de { $detail } a la vez: se olvidaron antes las que llevaban más tiempo inactivas (se informa de lo que dejaron sin terminar), y un segmento posterior de una de ellas se lee desde el siguiente mensaje que empiece
analyze-problem-websocket-compressed = un mensaje de SIP sobre WebSocket comprimido con permessage-deflate (RFC 7692) ({ $detail }) que no se pudo descomprimir: la captura empezó después de los mensajes anteriores a los que remite su compresión
analyze-problem-websocket-frame = una trama WebSocket que la RFC 6455 §5 no permite ({ $detail }): se omite y la lectura sigue en la trama siguiente
analyze-problem-websocket-not-sip = un mensaje que no es SIP en una conexión WebSocket abierta para SIP ({ $detail })
analyze-problem-websocket-too-large = un mensaje WebSocket más grande de lo que puede ser un mensaje SIP ({ $detail }): se omite y la lectura sigue después de él
analyze-problem-icmp-unreachable = un error ICMP indica que un datagrama SIP ({ $detail }) no pudo entregarse, pero su llamada no está en esta entrada: el datagrama que cita no se capturó
analyze-problem-wlan-protected = las tramas de datos 802.11 cifradas en el aire (WPA o WEP) no se pueden leer aquí ({ $detail } en esta captura): capture en el lado cableado del punto de acceso, o descífrelas en Wireshark y exporte los paquetes
analyze-problem-esp-encrypted = los paquetes IPsec ESP cuyo contenido está cifrado no se pueden leer aquí ({ $detail } en esta captura): con cifrado NULL (como lo configuran las redes IMS de prueba entre el teléfono y el P-CSCF) sí se leen; si no, capture donde el tráfico va en claro, o descífrelos en Wireshark con las asociaciones de seguridad y exporte los paquetes
analyze-problem-no-call-id = un mensaje SIP sin Call-ID ({ $detail }): no pertenece a ninguna llamada
analyze-problem-with-meaning = { $text }. { $code }: { $meaning }

## Hallazgos: lo que dicen los propios mensajes de una llamada.
analyze-findings = Hallazgos
severity-info = información
severity-warning = aviso
severity-error = error
finding-retry-after = La respuesta pide esperar { $seconds } s antes de volver a intentarlo (Retry-After).
finding-warning = Warning { $code }: «{ $text }».
finding-reason = Encabezado Reason: { $protocol } causa { $cause } { $meaning } «{ $text }».
finding-unsupported = El servidor no admite las option tags { $value } (Unsupported).
finding-require = El servidor exige las option tags { $value } (Require).
finding-min-expires = La caducidad más corta que acepta este servidor es { $value } s (Min-Expires){ $asked ->
    [none] .
   *[other] ; la petición pidió { $asked } s, así que reenvíala con al menos { $value }.
}
finding-min-se = El intervalo de sesión más corto que se acepta es { $value } s (Min-SE){ $asked ->
    [none] .
   *[other] ; la petición ofreció { $asked } s, así que reenvíala con un Session-Expires de al menos { $value }.
}
finding-allow = Métodos permitidos aquí: { $value } (Allow).
finding-challenge = Desafío { $header }: realm «{ $realm }», algoritmo { $algorithm }, nonce «{ $nonce }»{ $stale ->
    [true] , stale=true: las credenciales eran correctas, pero el nonce había caducado; basta con repetir con el nonce nuevo.
   *[other] .
}
finding-redirect = Redirigida a { $targets }.
finding-rejected-by = { $contact ->
    [none] El intermediario que rechazó la llamada no indica a quién dirigirse (ningún Call-Info con purpose=jwscard): pregunta al operador del llamado qué filtro bloqueó el número llamante.
   *[other] El intermediario que rechazó la llamada indica a quién dirigirse para reclamar: { $contact } (Call-Info con purpose=jwscard, una jCard).
}
finding-offer = La oferta propuso { $offered }; el lado que la rechazó { $accepted ->
    [none] no indica formatos propios
   *[other] indica { $accepted }, en común: { $common ->
        [none] ninguno
       *[other] { $common }
    }
}. { $disabled ->
    [yes] Todos los flujos de medios de la oferta tienen el puerto 0, que los ofrece pero indica que no se usen, así que no había nada que aceptar: asigna puertos reales a los flujos.
   *[other] Ofrece un formato que ambos extremos admitan (lo rechazado también puede ser el ptime, el transporte o el cifrado; mira la cabecera Warning).
}
finding-media-direction = { $direction ->
    [sendonly] Este lado solo enviará medios (a=sendonly): normalmente, una llamada puesta en espera; si no lo es, el audio solo irá en un sentido.
    [recvonly] Este lado solo recibirá medios (a=recvonly): salvo que sea intencionado, el audio solo irá en un sentido.
    [inactive] Los medios están inactivos en ambos sentidos (a=inactive): la llamada está en espera o con los medios en pausa.
   *[other] La dirección de medios es 0.0.0.0, la forma antigua de poner una llamada en espera: no deben enviarse medios a este lado.
}
finding-media-private-address = El SDP pide medios en { $address }, una dirección privada, pero el mensaje vino de { $sender }: hay un NAT por medio, y los medios enviados a esa dirección no llegarán (audio en un solo sentido o sin audio), salvo que un SBC o el otro extremo la corrija (RTP simétrico, ICE).
finding-no-ack = El 2xx del INVITE nunca se confirmó ({ $count ->
    [one] una copia vista
   *[other] { $count } copias vistas
}): el ACK no llegó al llamado, lo que suele indicar un Contact o un Record-Route erróneos, o NAT en el camino de vuelta; el llamado termina la llamada al cabo de unos 32 s.
finding-unanswered = { $method } no recibió ninguna respuesta ({ $count ->
    [one] una transmisión vista
   *[other] { $count } transmisiones vistas
}); captura junto al lado receptor para ver si llega.
finding-retransmitted = { $method } se envió { $count ->
    [one] una vez más
   *[other] { $count } veces más
} antes de la primera respuesta, que llegó { $seconds } s después: alguna copia se perdió por el camino, o el servidor responde demasiado despacio (sobre UDP debería responder a un INVITE con 100 Trying en menos de 200 ms).
finding-udp-size = { $method } medía { $bytes } bytes y viajó por UDP, { $answer ->
    [too-large] y el servidor lo rechazó por demasiado grande (513)
    [none] y no obtuvo ninguna respuesta
   *[resent] y hubo que reenviarlo antes de que llegara respuesta alguna
}. Una petición de más de 1300 bytes, cuando no se conoce la MTU del camino, debe ir por un transporte con control de congestión como TCP: por UDP, un datagrama de ese tamaño puede superar la MTU de algún enlace del camino (las VPN y los túneles la tienen menor) y partirse en fragmentos IP, que los cortafuegos, los NAT y los SBC descartan a menudo. Envíela por TCP o redúzcala (nombres de encabezado compactos, menos códecs en el SDP).
finding-hops = { $status ->
    [482] Un servidor detectó que esta petición había vuelto a él (482 Loop Detected).
   *[other] La petición agotó sus saltos (483 Too Many Hops): su Max-Forwards llegó a 0 antes de que alcanzara su destino.
} Donde se capturó llevaba { $vias ->
    [one] una entrada Via (la de su remitente: ningún proxy la había reenviado aún)
   *[other] { $vias } entradas Via (la de su remitente y una por cada proxy que la reenvió)
}{ $repeated ->
    [none] {""}
   *[other], que nombran algunos servidores más de una vez ({ $repeated })
}{ $forwards ->
    [none] {""}
   *[other], con Max-Forwards en { $forwards } (el remitente lo fija en 70)
}. Una ruta que lleva de vuelta al lugar de donde vino la petición (una troncal encaminada de vuelta a la PBX, dos proxies que son cada uno la ruta por defecto del otro) forma un bucle: revise el encaminamiento de los servidores de su lista Via. Pasar dos veces por el mismo servidor con una Request-URI distinta cada vez (una espiral) está permitido; con la misma, es un bucle.
finding-glare = { $crossed ->
    [yes] Los dos lados enviaron una oferta a la vez (glare): este { $method } fue rechazado con 491 Request Pending mientras la petición del otro lado, capturada aquí, seguía en curso.
   *[no] Este { $method } fue rechazado con 491 Request Pending: el lado que lo rechazó dice tener en curso una oferta propia que esta captura no muestra (enviada por otro camino, o en un PRACK).
} { $retried ->
    [early] Su remitente lo intentó de nuevo { $seconds } s después del 491, antes de los { $from } a { $to } s que se piden { $owner ->
        [yes] al lado que eligió el Call-ID (el que envió el primer INVITE)
       *[other] al lado que no eligió el Call-ID
    }: si ambos lados reintentan tan pronto, pueden volver a chocar.
    [in-window] Su remitente lo intentó de nuevo { $seconds } s después del 491, dentro de los { $from } a { $to } s que se piden { $owner ->
        [yes] al lado que eligió el Call-ID (el que envió el primer INVITE)
       *[other] al lado que no eligió el Call-ID
    }, como se espera que se resuelva el glare.
    [later] Su remitente lo intentó de nuevo { $seconds } s después del 491, más tarde que los { $from } a { $to } s que se piden { $owner ->
        [yes] al lado que eligió el Call-ID (el que envió el primer INVITE)
       *[other] al lado que no eligió el Call-ID
    }: está permitido, pero lo que pedía (una retención, una transferencia, un cambio de códec) esperó ese tiempo.
    [unknown] Su remitente lo intentó de nuevo; el registro no da horas para comparar con los { $from } a { $to } s que debe esperar.
   *[none] Su remitente no lo intentó de nuevo mientras duró la captura, así que lo que pedía (una retención, una transferencia, un cambio de códec) no ocurrió entonces. Tras un 491, un lado espera un tiempo aleatorio, de { $from } a { $to } s { $owner ->
        [yes] para el lado que eligió el Call-ID (el que envió el primer INVITE)
       *[other] para el lado que no eligió el Call-ID
    }, y después reintenta si aún lo necesita.
}
finding-prack = El llamado envió su { $status } de forma fiable (RSeq { $rseq }), lo que pide al llamante que lo confirme con un PRACK, y tuvo que enviarlo { $count ->
    [one] una vez más
   *[other] { $count } veces más
}: ningún PRACK para él llegó al llamado, y no se capturó ninguno{ $answer ->
    [none] {""}
   *[other]; después terminó el INVITE con { $answer }
}. { $offered ->
    [no] Su INVITE no las ofrecía (sin 100rel en Supported ni en Require), así que el llamado no debió enviarla de forma fiable: un llamante que no conoce 100rel nunca envía un PRACK. Haga que el llamado envíe de forma fiable solo cuando el INVITE lo ofrece, o active 100rel en el llamante.
    [yes] O el llamante no maneja respuestas provisionales fiables aunque su INVITE las ofrecía (100rel en Supported o Require), o su PRACK se pierde por el camino (enviado a un lugar equivocado según el Contact o el Record-Route de la respuesta, o descartado por un NAT o un SBC).
   *[other] O el llamante no maneja respuestas provisionales fiables, o su PRACK se pierde por el camino (enviado a un lugar equivocado según el Contact o el Record-Route de la respuesta, o descartado por un NAT o un SBC).
} Un llamado que no recibe el PRACK en 32 s (64 × T1) rechaza el INVITE con un 5xx.
finding-overlap = Este INVITE fue rechazado con 500, enviado cuando el INVITE anterior del mismo lado ({ $pending }) aún no tenía respuesta final: ningún lado puede iniciar una transacción INVITE en un diálogo mientras otra está en curso, y quien recibe una segunda la rechaza así, con un Retry-After de hasta 10 s. Envíe el siguiente re-INVITE solo cuando el anterior tenga su respuesta final.
finding-ok-after-cancel = El llamado respondió con 2xx después del CANCEL: la respuesta se cruzó con la cancelación, así que el llamante debe terminar la llamada con BYE.
finding-auth-rejected = { $answer ->
    [forbidden] { $method } fue rechazado con un 403 al reenviarse con las credenciales que pedía el desafío: el servidor las rechaza (usuario, contraseña o realm erróneos) o no permite esto a esta cuenta.
   *[other] { $method } recibió un nuevo desafío al reenviarse con las credenciales ({ $count } desafíos seguidos, mismo realm): el servidor las rechazó; revisa el usuario, la contraseña y el realm configurados para esta cuenta.
}
finding-supported = El servidor admite estas option tags: { $value } (Supported); use solo esas o pida lo que necesita con Supported en lugar de Require.
finding-accept = El servidor acepta estos tipos de cuerpo: { $value } (Accept); envíe el cuerpo en uno de ellos.
finding-accept-encoding = El servidor acepta estas codificaciones de contenido: { $value } (Accept-Encoding); envíe el cuerpo sin comprimir o en una de ellas.
finding-accept-language = El servidor acepta estos idiomas: { $value } (Accept-Language).
finding-security-server = El servidor ofrece estos mecanismos de seguridad: { $value } (Security-Server); elija uno y devuélvalo en Security-Verify (RFC 3329).
finding-allow-events = El servidor admite estos paquetes de eventos: { $value } (Allow-Events){ $asked ->
    [none] ; suscríbase a uno de ellos.
   *[other] ; la petición pidió «{ $asked }» (Event), así que suscríbase a uno de esos, o active «{ $asked }» en el servidor.
}
finding-event = La petición pidió el paquete de eventos «{ $asked }» (Event), que el servidor no admite; la respuesta no dice cuáles admite (no trae Allow-Events). Revise el nombre del paquete o actívelo en el servidor.
finding-recv-info = El receptor solo acepta INFO de estos paquetes: { $value } (Recv-Info); el INFO usó otro, o no se negoció ninguno.
finding-geolocation-error = El servidor explica el problema de ubicación: { $value } (Geolocation-Error).
finding-alertmsg-error = El servidor explica el problema de alerta: { $value } (AlertMsg-Error).
finding-offer-transport = { $accepted ->
    [none] La oferta rechazada pedía solo medios cifrados ({ $offered }; claves: { $keying }): un extremo sin soporte de SRTP tiene que rechazarla; ofrezca también RTP/AVP sin cifrar o active SRTP en el otro extremo.
   *[other] La oferta usó { $offered } (claves: { $keying }) y el lado que rechaza indica { $accepted }: no comparten perfil de transporte ni familia de direcciones, así que ningún códec lo resolvería; alinee RTP/AVP con RTP/SAVP(F), o IPv4 con IPv6.
}
finding-preconditions = { $value ->
    [none] La oferta rechazada no indicaba precondiciones (sin líneas a=des, a=curr ni a=conf): el 580 se refiere a una precondición que este lado exige y que la oferta no estableció; ofrézcala (RFC 3312) o quite el requisito.
   *[other] La oferta pedía estas precondiciones: { $value }. El otro extremo no puede cumplirlas (por ejemplo, no tiene reserva de recursos de su lado); rebaje la fuerza deseada (optional en lugar de mandatory) o asegúrese de que ambos lados puedan reservar.
}
finding-malformed = La línea { $line } incumple las reglas de SIP: { $what ->
    [cseq-method] el método del CSeq no es el de la petición ({ $detail })
    [missing-header] falta la cabecera { $detail }, que todo mensaje lleva
    [repeated-header] { $detail } aparece más de una vez, pero solo puede aparecer una
    [scalar-range] un número está fuera de su rango ({ $detail })
    [version] la versión del protocolo es { $detail }, no SIP/2.0
    [request-uri] la Request-URI ({ $detail }) va entre <> o lleva cabeceras
    [date] el Date ({ $detail }) no está en GMT
    [unclosed-quote] un nombre visible entre comillas en { $detail } nunca se cierra
    [display-name] el nombre visible { $detail } tiene caracteres que requieren comillas
    [uri-space] la URI { $detail } tiene espacios dentro de <>
    [name-addr] una URI en { $detail } tiene una coma o una parte de cabeceras, pero no va entre <>
   *[other] { $detail }
}. Un elemento estricto rechaza ese mensaje con 400 Bad Request; corrija a quien lo envía.
finding-identity = Cabecera Identity ({ $form ->
    [compact] forma compacta: las declaraciones se reconstruyen a partir de la petición, por eso no se muestran
   *[other] forma completa
}): PASSporT { $ppt }, algoritmo { $alg }, atestación { $attest }, orig { $orig }, dest { $dest }, emitido el { $iat }, certificado { $x5u }. La firma en sí solo puede comprobarse con ese certificado.
finding-identity-missing = { $code ->
    [428] El INVITE no llevaba cabecera Identity y este servidor exige una: haga que la llamada se firme (un servicio de autenticación STIR/SHAKEN) antes de llegar a este salto.
   *[other] El INVITE no llevaba la cabecera Identity a la que se refiere este { $code }: se quitó o nunca se añadió por el camino; capture más cerca de quien llama.
}
finding-identity-undecodable = No se puede decodificar la cabecera Identity: { $why ->
    [parts] no tiene tres partes separadas por puntos (cabecera, declaraciones, firma)
    [base64] una parte no es base64url válido
   *[other] una parte no se decodifica como un objeto JSON
}. Un verificador debe rechazarla (438); revise qué hizo con ella el servicio de firma o un proxy del camino.
finding-identity-mismatch = En el PASSporT, { $claim ->
    [orig] quien llama (orig) es { $claimed }, pero la petición viene de { $signalled } (From o P-Asserted-Identity)
   *[other] el destino (dest) es { $claimed }, pero la petición es para { $signalled } (To o Request-URI)
}: la firma no cubre esta llamada, así que un verificador la rechaza; un número cambió después de firmar (traducción, desvío): firme después del cambio.
finding-identity-stale = El PASSporT se emitió a { $seconds } s { $against ->
    [date] de la cabecera Date de la petición
   *[other] del momento en que se capturó la petición
}, más allá de los sesenta segundos que se recomienda tolerar a un verificador: revise los relojes (NTP) de quien firma y de quien verifica, y si el INVITE se retrasó o se reenvió.
finding-post-dial-delay = Pasaron { $seconds } s entre el INVITE y { $status ->
    [180] el primer timbre (180)
    [183] los primeros medios anticipados (183)
   *[other] su respuesta final ({ $status }), sin timbre antes
}: quien llama oye silencio todo ese tiempo; mire qué saltos tardaron (DNS, enrutamiento, retransmisiones).
finding-auth-not-sent = { $retried ->
    [yes] { $method } se envió de nuevo tras el desafío sin ninguna credencial (sin Authorization ni Proxy-Authorization): el cliente ignora el desafío; configúrele un usuario y una contraseña para el realm.
   *[other] { $method } recibió un desafío y no se volvió a enviar con credenciales en esta captura: el cliente no tiene credenciales para el realm, o desistió.
}
finding-registration-lapsed = El registro se concedió por { $seconds } s, pero el REGISTER siguiente llegó { $late } s después de que venciera: mientras tanto, las llamadas a este usuario no encuentran vínculo; renueve antes (bastante antes del vencimiento).
finding-redirect-followed = { $followed ->
    [yes] El cliente siguió la redirección: una nueva petición fue a { $targets }.
   *[other] Ninguna petición a { $targets } siguió a la redirección en esta llamada: el cliente no la siguió, o hizo la nueva llamada con otro Call-ID.
}
finding-dialog-gone = { $method } recibió 481: { $state ->
    [same] sus etiquetas ({ $carried }) son las del diálogo establecido antes, así que el otro extremo olvidó un diálogo que aquí sigue existiendo (se reinició, expiró o lo terminó primero).
    [different] sus etiquetas ({ $carried }) no son las del diálogo establecido antes ({ $known }): quien envió usó etiquetas erróneas o antiguas, o un B2BUA intermedio las cambió.
   *[other] la captura no muestra el establecimiento del diálogo; compare el Call-ID y las etiquetas de la petición ({ $carried }) con los primeros mensajes del diálogo.
}

## Informes: --html, --format mermaid y markdown, --redact.
cli-analyze-html = Escribe además un informe HTML autónomo en este archivo (diagramas, mensajes completos, hallazgos, explicaciones); guarda todos los mensajes en memoria
cli-analyze-redact = Sustituye direcciones IP, nombres de host, partes de usuario, números de teléfono y nombres visibles por seudónimos coherentes antes de mostrar nada
cli-analyze-tls-keys = Un registro de claves TLS (formato NSS, como lo escribe SSLKEYLOGFILE): se descifra y se lee el SIP sobre TLS cuyos secretos de sesión contiene (se puede indicar varias veces; los secretos propios de un archivo pcapng se usan siempre)
error-mermaid-analyze-only = Solo «statusdoc analyze» dibuja diagramas Mermaid; aquí use text, json o markdown.
report-title = Análisis de traza SIP
report-generated = Generado por statusdoc { $version } a partir de { $inputs }. Este archivo no carga nada de la red.
report-generated-page = Análisis de { $inputs } por statusdoc { $version }, hecho en memoria y no guardado.
report-calls = Llamadas
report-col-call = Call-ID
report-col-method = Método
report-col-outcome = Resultado
report-col-setup = Establecimiento
report-col-time = Tiempo (s)
report-col-from = Origen
report-col-to = Destino
report-col-message = Mensaje
report-col-frame = Trama
report-col-line = Línea
report-hint = Seleccione un mensaje en el diagrama para leerlo entero; las líneas en que se apoya un hallazgo aparecen resaltadas.
report-back = Volver a la llamada
report-causes = Por qué se envía
report-fixes = Qué hacer
report-read-more = Explicación completa de este código
# $time is "none" for a message its input gave no time.
report-message = { $line ->
        [true] Línea
       *[other] Trama
    } { $frame } · { $time ->
        [none] { $src } → { $dst } · { $transport }
       *[other] +{ $time } s · { $src } → { $dst } · { $transport }
    }
report-ladder = Diagrama de la llamada { $call_id }
report-redacted = Anonimizado antes del análisis, cada valor sustituido siempre por el mismo seudónimo: { $addresses ->
    [one] una dirección IP
   *[other] { $addresses } direcciones IP
}, { $hosts ->
    [one] un nombre de host
   *[other] { $hosts } nombres de host
}, { $users ->
    [one] un nombre de usuario
   *[other] { $users } nombres de usuario
}, { $numbers ->
    [one] un número de teléfono
   *[other] { $numbers } números de teléfono
}, { $names ->
    [one] un nombre visible
   *[other] { $names } nombres visibles
}. Las direcciones de loopback y 0.0.0.0 se conservan.

## Por qué no se pudo leer un mensaje ($line y $column donde falló).
parse-error-bad-start-line = línea { $line }, columna { $column }: la línea inicial no es ni línea de petición ni línea de estado
parse-error-bad-version = línea { $line }, columna { $column }: la versión del protocolo no es SIP/ seguido de un número
parse-error-bad-status-code = línea { $line }, columna { $column }: el código de estado no tiene tres dígitos de 100 a 699
parse-error-missing-colon = línea { $line }, columna { $column }: una línea de cabecera no tiene dos puntos
parse-error-bad-header-name = línea { $line }, columna { $column }: un nombre de cabecera está vacío o tiene caracteres que un nombre no puede tener
parse-error-fold-without-header = línea { $line }, columna { $column }: una línea de continuación aparece antes de cualquier cabecera
parse-error-bad-content-length = línea { $line }, columna { $column }: Content-Length no es un número (o es negativo), o dos Content-Length no coinciden
parse-error-missing-blank-line = línea { $line }, columna { $column }: ninguna línea en blanco cierra las cabeceras
parse-error-too-large = línea { $line }, columna { $column }: el mensaje supera los límites (64 KiB de cabeceras, 512 campos, 4 MiB de cuerpo)
parse-error-space-in-request-line = línea { $line }, columna { $column }: la línea de petición tiene espacios de más, entre sus tres partes o dentro de la Request-URI (exactamente un espacio separa método, URI y versión)
finding-unreachable = { $reason ->
    [port] Nada escucha SIP en { $address }: su host respondió { $count ->
        [one] al datagrama
       *[other] a { $count } datagramas
    } con ICMP "puerto inalcanzable". El elemento SIP de allí está caído, o escucha en otro puerto o transporte; la dirección a la que se envió (Contact, Route, DNS) puede estar desactualizada.
    [host] No se pudo alcanzar { $address }: volvió ICMP "host inalcanzable" ({ $count ->
        [one] una vez
       *[other] { $count } veces
    }). El host está caído o ya no está en esa dirección (un registro o un Contact desactualizado).
    [network] No hay ruta hacia { $address }: volvió ICMP "red inalcanzable" ({ $count ->
        [one] una vez
       *[other] { $count } veces
    }). La dirección o el enrutamiento hacia ella están mal.
    [prohibited] Un firewall o una política en el camino rechazó el datagrama hacia { $address }: volvió ICMP "prohibido administrativamente" ({ $count ->
        [one] una vez
       *[other] { $count } veces
    }). Abra UDP hacia ese puerto, o envíe por otro camino.
    [protocol] El host de { $address } no acepta UDP: volvió ICMP "protocolo inalcanzable" ({ $count ->
        [one] una vez
       *[other] { $count } veces
    }). Use el transporte que ofrece (TCP o TLS).
    [too-big] El mensaje es demasiado grande para un enlace del camino hacia { $address } (MTU { $mtu }) y no puede fragmentarse. Una petición de más de 1300 bytes, o a menos de 200 bytes de la MTU del camino, debe ir por TCP (RFC 3261 §18.1.1); recorte cabeceras o SDP, o use TCP.
   *[other] ICMP indica que el datagrama hacia { $address } no pudo entregarse ({ $count ->
        [one] una vez
       *[other] { $count } veces
    }).
} El emisor debe tomar un error ICMP como un fallo de transporte, como si le respondieran 503, y probar la siguiente dirección en lugar de retransmitir hasta agotar el tiempo.
finding-truncated = La captura cortó estos mensajes (su snaplen era menor que los paquetes): cada uno se muestra con las líneas que conservó, y solo se leyó lo que dicen esas líneas (los campos de cabecera de una respuesta de error); lo que venía después del corte se desconoce, así que no se concluyó nada de lo que falta. Capture los paquetes enteros (tcpdump -s 0) para verlos completos.
finding-content-length = { $form ->
    [short] Content-Length (línea { $line }) dice que el cuerpo tiene { $declared } bytes, pero tras los campos de cabecera solo vienen { $carried }
   *[other] Content-Length (línea { $line }) es «{ $value }»: no es un único número de bytes
}, así que el receptor no puede saber dónde termina el cuerpo: { $kind ->
    [request] debería rechazar la petición con 400 Bad Request
   *[other] debe descartar la respuesta como si nunca hubiera llegado; un 2xx a un INVITE descartado así nunca se confirma con ACK, y la llamada termina a los 32 s aproximadamente
}. { $form ->
    [short] La causa habitual es un cuerpo reescrito por el camino sin corregir su longitud (el SIP ALG de un router que cambia el SDP): desactive el ALG, o corrija el emisor.
   *[other] Corrija el emisor.
}
analyze-problem-captured-twice = { $detail } paquetes SIP se capturaron dos veces, como ve una captura en varias interfaces un paquete que cruza un bridge o una interfaz VLAN (el mismo paquete IP en menos de 10 ms: por su identificación IPv4, o por todos sus bytes cuando no la tiene, como en IPv6): cada uno se leyó una vez, para que una copia no se tome por una retransmisión
analyze-problem-interrupted = La lectura se detuvo por una interrupción (Ctrl-C): lo que la entrada tenía después de ese punto no se leyó; las llamadas anteriores se analizaron y se escribieron
analyze-problem-seen-in-two-inputs = { $detail } mensajes SIP se vieron en dos entradas con menos de 200 ms de diferencia: el mismo mensaje capturado en dos lugares (los dos extremos de un enlace); cada uno se muestra una vez, donde se vio primero, para que una copia no se tome por una retransmisión
analyze-problem-clock-offset = el reloj de esta captura marca { $detail } s de diferencia con el de la primera entrada, según los mensajes que comparte con la primera entrada o con otra ya alineada: sus tiempos se han desplazado otro tanto para que coincidan
