package dev.rustok.controlplane.signup;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/signup")
class SignupController {

	private final Signups signups;

	SignupController(Signups signups) {
		this.signups = signups;
	}

	/** 202: the shop is being built; poll the Location for progress. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SignupAccepted> signUp(@RequestBody SignupRequest request) {
		SignupAccepted accepted = this.signups.signUp(request);
		return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
	}

	@GetMapping("/{slug}")
	SignupStatus status(@PathVariable String slug) {
		return this.signups.status(slug);
	}

}
