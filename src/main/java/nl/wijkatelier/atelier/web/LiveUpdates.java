package nl.wijkatelier.atelier.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.wijkatelier.atelier.AtelierId;

/**
 * The facilitators' screens that follow an atelier live, by server-sent events. An event only says "changed";
 * the screen then fetches the current list, so a missed event is made good by the next one. The streams are
 * connections to this instance and live in its memory; {@link LiveChannel} tells every instance which atelier changed.
 */
@Component
class LiveUpdates {

	/** A screen reconnects by itself (EventSource) when the stream ends; 30 minutes keeps idle streams bounded. */
	private static final long TIMEOUT_MS = 30 * 60 * 1000L;

	private final Map<AtelierId, List<SseEmitter>> screens = new ConcurrentHashMap<>();

	SseEmitter follow(AtelierId atelier) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
		List<SseEmitter> list = screens.computeIfAbsent(atelier, id -> new CopyOnWriteArrayList<>());
		list.add(emitter);
		Runnable remove = () -> list.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(ex -> remove.run());
		try {
			emitter.send(SseEmitter.event().name("hello").data("0"));
		}
		catch (IOException ex) {
			remove.run();
		}
		return emitter;
	}

	/**
	 * Ends every open stream when the application stops; a graceful shutdown would otherwise wait its whole
	 * timeout for streams that never end by themselves. The screens reconnect to the next instance.
	 */
	@EventListener
	void on(ContextClosedEvent closed) {
		screens.values().forEach(list -> list.forEach(emitter -> {
			try {
				emitter.complete();
			}
			catch (IllegalStateException ex) {
				// already completed
			}
		}));
		screens.clear();
	}

	/** Tells this instance's screens of the atelier that it changed. */
	void push(AtelierId atelier) {
		List<SseEmitter> list = screens.getOrDefault(atelier, List.of());
		for (SseEmitter emitter : list) {
			try {
				emitter.send(SseEmitter.event().name("changed").data(String.valueOf(System.currentTimeMillis())));
			}
			catch (IOException | IllegalStateException ex) {
				list.remove(emitter);
			}
		}
	}

	/** Tells every screen of this instance that its atelier may have changed (after changes may have been missed). */
	void pushAll() {
		screens.keySet().forEach(this::push);
	}
}
